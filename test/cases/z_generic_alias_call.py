# Theme: calling a subscripted Generic alias (Box[list]()): typing caches the
# alias, and the new instance keeps it as __orig_class__ (not a __slots__ one).
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, first):
        self.items = [first]  # ?rc first

    def put(self, v):
        self.items.append(v)


class Cell(Generic[T]):
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class Special(Box[float]):
    pass


x = [1.5 * 2]  # ?rc x
a = Box[list](x)  # ?rc a x
alias = a.__orig_class__  # ?rc alias a
b = Box[list](x)  # ?rc b alias x
same = Box[list]  # ?rc same alias
other = Box[dict](x)  # ?rc other x alias
b.put(x)  # ?rc x b
c = Cell[list](x)  # ?rc c x
sp = Special(x)  # ?rc sp x
sp.put(a)  # ?rc a sp
del a  # ?rc alias x
del b, same  # ?rc alias x
del other, c, sp  # ?rc x
