# PyObject_LengthHint on an instance with __iter__: list() / tuple() / extend / sorted / [*x] /
# f(*x) / str.join / bytes() / bytearray.extend ask __len__ first (a TypeError from it cleared),
# then __length_hint__ (NotImplemented passes), once the iterator exists; set() / dict.fromkeys /
# deque() / bytearray() do not ask.
import collections
kept = []
class Hinted:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __length_hint__(self):
        kept.append(self)
        return len(self.items)
class LenFails:
    def __iter__(self):
        return iter(["x y", "z w"])
    def __len__(self):
        kept.append(self)
        raise TypeError("no len")
    def __length_hint__(self):
        kept.append(self)
        return NotImplemented
def count(*args):
    return len(args)
h = Hinted([1.5 * 2, 2.5 * 2])
a = list(h)  # ?rc h
t = tuple(h)  # ?rc h
lst = []
lst.extend(h)  # ?rc h
s = sorted(h)  # ?rc h
star = [*h]  # ?rc h
n = count(*h)  # ?rc h
words = Hinted(["a b", "c d"])
j = "-".join(words)  # ?rc words
small = Hinted([1, 2])
ba = bytearray()
ba.extend(small)  # ?rc small
bb = bytes(small)  # ?rc small
ba2 = bytearray(small)  # ?rc small
lf = LenFails()
l = list(lf)  # ?rc lf
t2 = tuple(lf)  # ?rc lf
st = set(h)  # ?rc h
d = dict.fromkeys(h)  # ?rc h
dq = collections.deque(h)  # ?rc h
n = len(kept)  # ?rc h words small lf
kept.clear()
n = len(kept)  # ?rc h words small lf
