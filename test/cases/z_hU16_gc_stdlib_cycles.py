# gc.collect() over cycles through stdlib containers: deque, defaultdict, partial, SimpleNamespace.
import gc
from collections import defaultdict, deque
from functools import partial
from types import SimpleNamespace

gc.collect()
q = deque()
q.append(q)  # ?rc q
del q
print(gc.collect())  # the deque
dd = defaultdict(list)
dd["self"].append(dd)  # ?rc dd
del dd
print(gc.collect())  # defaultdict and its list
ns = SimpleNamespace(name="ns!")
ns.me = ns  # ?rc ns
del ns
print(gc.collect())  # namespace and its dict


class Holder:
    pass


h = Holder()
h.cb = partial(print, h)  # ?rc h
del h
print(gc.collect())  # instance, partial, partial's args tuple
od = {}
od["f"] = partial(len, od)  # ?rc od
del od
print(gc.collect())
