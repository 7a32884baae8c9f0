# A class's mro() is a new list of the classes of its MRO.
import gc


class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


order = Leaf.mro()  # ?rc Base Mid Leaf order
names = [c.__name__ for c in order]  # ?rc order
m2 = Mid.mro()  # ?rc Base Mid
del order  # ?rc Base Mid Leaf
tup = Leaf.__mro__  # ?rc tup Base
bases = Leaf.__bases__  # ?rc bases Mid
del m2, tup, bases  # ?rc Base Mid Leaf
print(gc.collect())
