# Theme: instances of subclasses in cycles, with and without __del__ in the base.
import gc

gc.collect()

class Base:
    def __del__(self):
        pass

class Child(Base):
    def __init__(self):
        self.me = self

c = Child()
del c
print(gc.collect())

class Plain:
    pass

class Sub(Plain):
    __slots__ = ()

x = Sub()
x.loop = [x]
del x
print(gc.collect())
