# stack copies a hook sees: a chained comparison's middle operand, an augmented store's container, index and receiver
import sys
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(sys.getrefcount(other))
        return self.n < other.n
class Store:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print(sys.getrefcount(self))
        return self.d.get(k, 0.5)
    def __setitem__(self, k, v):
        self.d[k] = v
class Holder:
    def __init__(self):
        self._p = 1.0
    @property
    def p(self):
        print(sys.getrefcount(self))
        return self._p
    @p.setter
    def p(self, v):
        self._p = v
a, b, c = V(1), V(2), V(3)
ok = a < b < c
lst = [a, b, c]
ok2 = lst[0] < lst[1] < lst[2]
s = Store()
key = "k" + str(len(lst))
s[key] += 1.5                  # ?rc s key
h = Holder()
h.p += 1.0                     # ?rc h
