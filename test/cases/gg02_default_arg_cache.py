# Theme: a memoizing loader keeps results in a mutable default argument. The
# default dict lives in the function's __defaults__ tuple for as long as the
# function exists, so every cached value is pinned until the cache is cleared
# or the function itself goes away.
import gc
import sys
import weakref


class Profile:
    def __init__(self, uid):
        self.uid = uid
        self.tags = []


def load_profile(uid, _cache={}):
    prof = _cache.get(uid)
    if prof is None:
        prof = Profile(uid)
        _cache[uid] = prof
    return prof


def peek(_cache=load_profile.__defaults__[0]):
    return len(_cache)


p = load_profile(1001)  # ?rc p
again = load_profile(1001)  # ?rc p again
w = weakref.ref(p)  # ?rc w p
cache = load_profile.__defaults__[0]  # ?rc cache
print(sys.getrefcount(cache), peek())
del p, again  # ?rc cache
alive = w()  # ?rc alive
print(sys.getrefcount(alive))
del alive
cache.clear()  # ?rc w
print(w() is None)
q = load_profile(2002)  # ?rc q
q.tags.append(q)  # ?rc q -- a self cycle on top of the cache entry
wq = weakref.ref(q)
del q
print(gc.collect())  # nothing: still reachable from the default
defaults = load_profile.__defaults__  # ?rc defaults
load_profile = None  # ?rc defaults cache
del defaults  # ?rc cache
print(wq() is not None, peek())
del peek  # ?rc cache
print(gc.collect())
del cache  # ?rc wq
print(gc.collect())  # the profile and its tags list
print(wq() is None)
