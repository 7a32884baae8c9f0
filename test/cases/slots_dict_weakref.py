# Theme: __slots__ classes that add "__dict__" and "__weakref__" slots back,
# in cycles with weak references watching them.
import gc
import weakref

log = []


class Hybrid:
    __slots__ = ("link", "__dict__", "__weakref__")

    def __init__(self):
        self.link = None


class Tight:
    __slots__ = ("link", "__weakref__")


gc.collect()
h1, h2 = Hybrid(), Hybrid()
h1.link, h2.link = h2, h1  # ?rc h1 h2
h1.extra = [h2]  # ?rc h2 -- goes into the real __dict__
w = weakref.ref(h1, lambda r: log.append("h1"))  # ?rc h1 w
d = h1.__dict__  # ?rc d
del d
del h1, h2
print(gc.collect(), log)  # two instances, the dict, the list

t1, t2 = Tight(), Tight()
t1.link, t2.link = t2, t1
wt = weakref.ref(t2)  # ?rc t2 wt
del t1, t2
print(gc.collect(), wt() is None)
