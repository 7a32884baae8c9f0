# Theme: typing.Generic[T] containers and a class with __class_getitem__;
# subscripting a generic class makes alias objects that refer to the class.
import gc
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        return self

    def pop(self):
        return self.items.pop()


class Registry:
    aliases = []

    def __class_getitem__(cls, key):
        alias = (cls, key)
        cls.aliases.append(alias)
        return alias


box = [4.5]  # ?rc box
s = Stack[list]()  # ?rc s
s.push(box).push(box)  # ?rc s box
alias = Stack[float]  # ?rc alias
s2 = alias()  # ?rc s2
s2.push(box)  # ?rc box
orig = s2.__orig_class__  # ?rc orig alias
top = s.pop()  # ?rc top box
key = 10 ** 8  # ?rc key
r = Registry[key]  # ?rc r key
r2 = Registry[key]  # ?rc r2 key
aliases = Registry.aliases  # ?rc aliases r
del r, r2  # ?rc key
del s, s2, top  # ?rc box
print(gc.collect())
