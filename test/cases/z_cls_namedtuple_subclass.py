# Subclasses of namedtuple classes inherit the tuple-making __new__: the
# items are held by the subclass's tuple; _field_defaults is a dict in the
# base class's dict holding the default values.
import gc
import sys
from collections import namedtuple
from typing import NamedTuple

DEFAULT_TAGS = ["default tag!"]


class Point(NamedTuple):
    x: float
    y: float
    tags: list = DEFAULT_TAGS


class Labelled(Point):
    @property
    def label(self):
        return "(%s)" % (self.x,)


Pair = namedtuple("Pair", ["left", "right"], defaults=[None])


class Span(Pair):
    __slots__ = ()

    def width(self):
        return self.right - self.left


x = 1.5 * 3  # ?rc x
p = Labelled(x, 2.5)  # ?rc p x
tags = p.tags  # ?rc tags DEFAULT_TAGS
lab = p.label  # ?rc lab
defaults = Point._field_defaults  # ?rc defaults DEFAULT_TAGS
q = p._replace(y=x)  # ?rc q x
s = Span(x, 10.25)  # ?rc s x
w = s.width()  # ?rc w
pd = Pair._field_defaults  # ?rc pd
print(sys.getrefcount(x))
del p, q, s  # ?rc x
del defaults, tags  # ?rc DEFAULT_TAGS
print(gc.collect())
