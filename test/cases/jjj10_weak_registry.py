# Theme: a cache of weak references: weakref.ref with callbacks,
# WeakValueDictionary entries vanishing, weakref.finalize firing once.
import gc
import weakref

log = []


class Session:
    def __init__(self, name):
        self.name = name


def on_gone(ref):
    log.append(ref)  # ?rc ref


def make(name, cache):
    s = Session(name)  # ?rc s
    cache[name] = s  # ?rc s
    return s


cache = weakref.WeakValueDictionary()
alive = make("alpha", cache)  # ?rc alive
make("beta", cache)
print(len(cache))
w = weakref.ref(alive, on_gone)  # ?rc alive w
w2 = weakref.ref(alive)  # ?rc alive w2
same = w()  # ?rc alive same
del same  # ?rc alive
fin = weakref.finalize(alive, log.append, "closed")  # ?rc alive fin
tmp = cache["alpha"]  # ?rc alive tmp
del tmp  # ?rc alive
del alive  # ?rc w fin
print(len(cache), len(log))
gone = w()
stale = w2  # ?rc stale w2
s2 = Session("gamma")  # ?rc s2
s2.me = s2  # ?rc s2
ws = weakref.ref(s2, on_gone)  # ?rc s2 ws
del s2
print(gc.collect())  # ?rc ws
s3 = Session("delta")
fin3 = weakref.finalize(s3, log.append, s3.name)  # ?rc s3
info = fin3.detach()  # ?rc s3 info
again = fin3.alive  # ?rc s3
del info  # ?rc s3
