# Theme: a geometry toolkit with an abc.ABC base, typing.NamedTuple points,
# a __getattr__ delegating proxy, a callable counter and itertools helpers.
import gc
import itertools
import sys
from abc import ABC, abstractmethod
from typing import NamedTuple


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Point(NamedTuple):
    x: float
    y: float


class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        return getattr(self.target, name)


class Counter:
    def __init__(self):
        self.calls = []

    def __call__(self, item):
        self.calls.append(item)
        return len(self.calls)


sq = Square(2.5)  # ?rc sq
ar = sq.area()  # ?rc ar
pt = Point(1.5, 2.5)  # ?rc pt
px = pt.x  # ?rc px
pr = Proxy(sq)  # ?rc pr sq
side = pr.side  # ?rc side
cnt = Counter()  # ?rc cnt
data = [[1.5], [2.5], [3.5]]
n = cnt(data[0])  # ?rc cnt
first_two = list(itertools.islice(data, 2))  # ?rc first_two
pairs = list(zip(itertools.count(), data))  # ?rc pairs
d0 = data[0]  # ?rc d0
print(sys.getrefcount(sq))
sq.me = sq
del sq, pr, side
print(gc.collect())
