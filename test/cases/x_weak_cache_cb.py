# A weak cache of parsed documents with callbacks that log evictions; the
# callback closes over the log, the cache holds weak references only.
import gc
import sys
import weakref

evicted = []


class Doc:
    def __init__(self, text):
        self.text = text
        self.words = text.split()


def on_gone(ref):
    evicted.append(ref)  # ?rc ref


cache = {}
d1 = Doc("a b c")  # ?rc d1
r1 = weakref.ref(d1, on_gone)  # ?rc d1 r1
cache["d1"] = r1  # ?rc r1
d2 = Doc("x y")
r2 = weakref.ref(d2)  # ?rc d2 r2
cache["d2"] = r2
alive = cache["d1"]()  # ?rc d1 alive
del alive  # ?rc d1
del d1  # ?rc r1
print(len(evicted))
print(cache["d1"]() is None)
d2.self_ref = d2  # ?rc d2
del d2
print(cache["d2"]() is None)
print(gc.collect())
print(cache["d2"]() is None)
proxy_target = Doc("p")
p = weakref.proxy(proxy_target)  # ?rc proxy_target p
words = p.words  # ?rc words
del proxy_target
print(sys.getrefcount(words))
