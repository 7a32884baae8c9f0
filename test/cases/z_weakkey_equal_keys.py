# WeakKeyDictionary finds an entry by an equal key (ref(key) == stored ref compares the referents)
import weakref, gc
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
a = K(1)
b = K(1)
c = K(2)
d = weakref.WeakKeyDictionary()
val = [1]
d[a] = val          # ?rc a b val
got = d[b]          # ?rc got val
d[b] = [2]          # ?rc a b val
got2 = d.get(b)     # ?rc got2
miss = d.get(c)     # ?rc c
has = b in d
d[c] = val          # ?rc val
popped = d.pop(K(2))  # ?rc popped val
del d[b]            # ?rc a b
n = len(d)
d[b] = val          # ?rc b val
del b
gc.collect()
m = len(d)
