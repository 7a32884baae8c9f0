# collections.abc.MutableSet mixins on a class of the program: remove / pop / clear / |= / -= and
# the comparisons run its own __contains__ / __iter__ / __len__ / add / discard.
import gc
from collections.abc import MutableSet

log = []


class Tags(MutableSet):
    def __init__(self, items=()):
        self.data = set(items)

    def __contains__(self, x):
        log.append(x)
        return x in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def add(self, x):
        self.data.add(x)

    def discard(self, x):
        self.data.discard(x)


a = object()
b = object()
t = Tags([a])  # ?rc a t
t.add(b)  # ?rc b
t.remove(a)  # ?rc a
n = len(log)  # ?rc n
p = t.pop()  # ?rc b p
t |= [a, b]  # ?rc a b t
t -= [a]  # ?rc a
u = Tags([b])
lt = u <= t  # ?rc lt
ge = t >= u  # ?rc ge
eq = t == u  # ?rc eq
dj = t.isdisjoint([a])  # ?rc dj
sl = {b} <= t  # ?rc sl
t.clear()  # ?rc b t
log.clear()
t.me = t
del t
gc.collect()
v = Tags()
try:
    v.remove(a)
except KeyError as e:
    err = e  # ?rc a err -- the traceback keeps remove's frame
