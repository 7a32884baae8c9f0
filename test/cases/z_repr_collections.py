# deque, OrderedDict, defaultdict (its factory too), Counter, namedtuple, slice and dict view
# reprs run their items' __repr__ (a Counter's in most_common order).
import collections
kept = []


class Keep:
    def __call__(self):
        return 0

    def __repr__(self):
        kept.append(self)
        return 'Keep()'


a = Keep()
dq = collections.deque([a, 1])
r1 = repr(dq)  # ?rc a
od = collections.OrderedDict(k=a)
r2 = repr(od)  # ?rc a
od2 = collections.OrderedDict([(a, 'v')])
r3 = str(od2)  # ?rc a
dd = collections.defaultdict(a, k=a)
r4 = repr(dd)  # ?rc a
c = collections.Counter({a: 2, 'other key': 5})
r5 = repr(c)  # ?rc a
P = collections.namedtuple('P', 'x y')
pt = P(a, 1)
r6 = repr(pt)  # ?rc a
print(pt)  # ?rc a
sl = slice(a, None)
r7 = repr(sl)  # ?rc a
r8 = repr(od.values())  # ?rc a
print(dd.items())  # ?rc a
r9 = str({a: 1}.keys())  # ?rc a
n = len(kept)
kept.clear()  # ?rc a
