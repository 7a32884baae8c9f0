# The truth of what a Python comparison returned is read as a truth test reads it: the answer's
# own __bool__ runs (and may keep what it is given). A list / tuple / deque search compares each
# item with `==` on every search, so an __eq__ runs each time, not once per pair.
import bisect
import collections
import functools

kept = []
class Answer:
    def __bool__(self):
        kept.append(self)
        return False
no = Answer()

class Eq:
    def __eq__(self, other):
        kept.append(other)
        return no
    __hash__ = object.__hash__
e1, e2, e3 = Eq(), Eq(), Eq()
probe = object()
lst = [e1, e2, e3]
n = lst.count(probe)  # ?rc no probe
found = probe in lst  # ?rc no probe
found = probe in lst  # ?rc no probe
found = probe in (e1, e2)  # ?rc no probe
dq = collections.deque([e1, e2])
n = dq.count(probe)  # ?rc no probe
try:
    lst.index(probe)
except ValueError:
    pass
x = 1  # ?rc no probe
try:
    lst.remove(probe)
except ValueError:
    pass
x = 2  # ?rc no probe lst

class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return no if self.v >= other.v else Yes()
class Yes:
    def __bool__(self):
        kept.append(self)
        return True
a, b, c = Lt(1), Lt(2), Lt(3)
s = sorted([c, a, b])  # ?rc no a b c
m = min([b, a])  # ?rc no m
i = bisect.bisect([a, c], b)  # ?rc no
chain = a < b < c  # ?rc no chain
chain = c < b < a  # ?rc no chain

@functools.total_ordering
class Tot:
    def __eq__(self, other):
        return self is other
    def __lt__(self, other):
        return no
t1, t2 = Tot(), Tot()
g = t1 > t2  # ?rc no
ne = e1 != e2  # ?rc no ne
kept.clear()
x = 3  # ?rc no probe
