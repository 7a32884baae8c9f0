# Theme: lru_cache calls with keyword arguments: the key is a new tuple args + (kwd_mark, name, value, ...)
import gc
from functools import lru_cache

@lru_cache(maxsize=2)
def wrap(x, *, tag=None, extra=None):
    return [x, tag]

@lru_cache
def once(x, *, tag):
    out = [x, tag]  # ?rc x tag
    return out

@lru_cache(maxsize=None)
def pair(a, b=None):
    return (a, b)

class K: pass
a, t, e = K(), K(), K()
r1 = wrap(a)  # ?rc a r1
r2 = wrap(a, tag=t)  # ?rc a t r2
r3 = wrap(a, tag=t)  # ?rc a t r2 r3
r4 = wrap(a, extra=e, tag=t)  # ?rc a t e r1 r4
r5 = wrap(a, tag=t, extra=e)  # ?rc a t e r2 r4 r5
p1 = pair(a, b=t)  # ?rc a t p1
p2 = pair(a, t)  # ?rc a t p1 p2
p3 = pair(b=t, a=a)  # ?rc a t p3
o = once(a, tag=t)  # ?rc a t o
del r1, r2, r3, r4, r5, o  # ?rc a t e
wrap.cache_clear()  # ?rc a t e
pair.cache_clear()  # ?rc a t p1
del p1, p2, p3
print(gc.collect())
