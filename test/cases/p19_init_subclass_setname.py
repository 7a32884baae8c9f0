# __init_subclass__ and __set_name__: the base class records every subclass,
# and a descriptor records its owner when the class body is executed.
import gc
import sys


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner
        self.name = name

    def __get__(self, obj, objtype=None):
        return self


class Base:
    subclasses = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append(cls)  # ?rc cls


class Model(Base):
    size = Field()


fld = Model.size  # ?rc fld
print(sys.getrefcount(Model))
inst = Model()  # ?rc inst
got = inst.size  # ?rc got fld
print(sys.getrefcount(Model))
del got, fld
del inst
del Model  # still in Base.subclasses
print(gc.collect())
Base.subclasses.clear()
print(gc.collect())  # Model and its Field go together
