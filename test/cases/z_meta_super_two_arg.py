# super(C, obj) with explicit arguments, outside any method: the super
# object holds C, obj and type(obj) (or obj itself when it is a class).
import sys


class Base:
    def items(self):
        return [self]

    @classmethod
    def make(cls):
        return cls()


class Middle(Base):
    def items(self):
        return ["middle"]


class Leaf(Middle):
    pass


leaf = Leaf()  # ?rc leaf
print(sys.getrefcount(Leaf), sys.getrefcount(Middle))
sup = super(Middle, leaf)  # ?rc sup leaf
print(sys.getrefcount(Leaf), sys.getrefcount(Middle))
got = sup.items()  # ?rc got leaf
sc = super(Middle, Leaf)  # ?rc sc
print(sys.getrefcount(Leaf), sys.getrefcount(Middle))
other = sc.make()  # ?rc other
del sup  # ?rc leaf
del sc
print(sys.getrefcount(Leaf), sys.getrefcount(Middle))
del got  # ?rc leaf
