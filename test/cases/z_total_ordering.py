# functools.total_ordering: the missing comparisons derived from __lt__ and __eq__ as functools does.
import functools
@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    __hash__ = None
a = V(1)  # ?rc a
b = V(2)  # ?rc b
r = [a > b, a <= b, a >= a, b >= a]  # ?rc r a b
m = max([a, b])  # ?rc m b
s = sorted([b, a], reverse=True)  # ?rc s a
ok = r == [False, True, True, True]  # ?rc ok
