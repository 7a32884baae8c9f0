# Instances of classes on library bases that add nothing to them (abc.ABC, ABCMeta, typing.Generic,
# collections.abc ABCs: __slots__ = ()): their dict comes from the subclass, as with object.
import abc
import gc
import sys
from collections.abc import Iterable, Sized
from typing import Generic, TypeVar

T = TypeVar("T")


class Store(abc.ABC, Generic[T]):
    def __init__(self):
        self.items = []


class Bag(Sized):
    def __init__(self):
        self.owner = None

    def __len__(self):
        return 0


class Walk(Bag, Iterable):
    def __iter__(self):
        return iter(())


class Node(Generic[T]):
    def __init__(self, value):
        self.value = value
        self.next = None


gc.collect()
s = Store()  # ?rc s
s.items.append(s)
del s
gc.collect()
b = Bag()  # ?rc b
b.owner = b
del b
gc.collect()
w = Walk()  # ?rc w
w.owner = [w]
del w
gc.collect()
n1 = Node(1)
n2 = Node(2)  # ?rc n1 n2
n1.next = n2
n2.next = n1
sys.getrefcount(Node)
del n1, n2
gc.collect()
sys.getrefcount(Bag)
sys.getrefcount(Walk)
