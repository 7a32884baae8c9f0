# Theme: __slots__, inheritance and cycles. A subclass without __slots__
# gets a __dict__ again; cycles through slots and through instance
# attributes are both found by gc.collect().
import gc


class Base:
    __slots__ = ("link",)

    def __init__(self):
        self.link = None


class Loose(Base):
    pass


class Tight(Base):
    __slots__ = ("extra",)


gc.collect()
t1, t2 = Tight(), Tight()  # ?rc t1 t2
t1.link, t2.link = t2, t1  # ?rc t1 t2
t1.extra = t1  # ?rc t1
del t1, t2
print(gc.collect())  # two slotted instances
l1 = Loose()  # ?rc l1
l1.link = l1  # ?rc l1
l1.note = [l1]  # ?rc l1
d = l1.__dict__  # ?rc d
del d, l1
print(gc.collect())  # instance, its dict, the list
mix = Loose()
tie = Tight()
mix.link, tie.link = tie, mix  # ?rc mix tie
tie.extra = [mix, tie]  # ?rc mix tie
del mix, tie
print(gc.collect())
