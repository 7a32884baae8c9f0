# Theme: hand-written namedtuple-like value classes deriving from tuple:
# a Point(tuple) with __slots__ = () whose __new__ calls tuple.__new__ /
# super().__new__ with the coordinates, properties reading self[0] / self[1],
# and a Pair(tuple) built straight from an iterable.
import gc


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, first, second):
        return super().__new__(cls, (first, second))

    def swap(self):
        return Pair(self[1], self[0])


label = "origin of the plot"
tag = ["marker", "circle"]
p = Point(label, tag)  # ?rc p label tag
q = p.x  # ?rc q label
n = len(p)  # ?rc p
r = Pair(tag, label)  # ?rc r tag label
s = r.swap()  # ?rc s r tag label
a, b = s  # ?rc a b tag
del a, b, q
del s  # ?rc tag label
cycle = Pair([], None)
cycle[0].append(cycle)  # ?rc cycle
del cycle
print(gc.collect())
del p  # ?rc label tag
del r  # ?rc label tag
