# Theme: reading a __slots__ member, or the __weakref__ slot, from the class
# gives its descriptor (held by the class dict), in MRO order.
class Base:
    __slots__ = ("name",)
class Child(Base):
    __slots__ = ("extra", "__weakref__")
desc = Child.extra  # ?rc desc
base = Child.name  # ?rc base desc
wr = Child.__weakref__  # ?rc wr
class Loose(Base):
    pass
dd = Loose.__dict__  # ?rc dd
