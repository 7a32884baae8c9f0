# Theme: __slots__ classes whose base is a library class that adds no __dict__
# (typing.Generic[T], collections.abc ABCs): each slot store owns one reference.
import collections.abc
from collections.abc import Sized, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Pair(Generic[T]):
    __slots__ = ("left", "right")

    def __init__(self, left: T, right: T):
        self.left, self.right = left, right  # ?rc left


class Bag(Sized):
    __slots__ = ("items",)

    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Ring(collections.abc.Iterable):
    __slots__ = ("head",)

    def __init__(self, head):
        self.head = head

    def __iter__(self):
        return iter([self.head])


class Tagged(Generic[T]):
    def __init__(self, tag):
        self.tag = tag


x = [1.5 * 2]  # ?rc x
p = Pair(x, x)  # ?rc x p
q = Pair(p, x)  # ?rc x p q
b = Bag(x)  # ?rc x b
n = len(b)  # ?rc x b
r = Ring(b)  # ?rc b r
t = Tagged(x)  # ?rc x t
got = q.left.right  # ?rc got x
del p  # ?rc x q
del q, got  # ?rc x
del b, r, t  # ?rc x
