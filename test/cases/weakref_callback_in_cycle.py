# Theme: weakref callbacks on objects that die in a cycle. A callback runs
# only if the weak reference itself survives; a weakref stored inside the
# garbage cycle is cleared without calling back.
import gc
import weakref

events = []


class Peer:
    def __init__(self, name):
        self.name = name
        self.link = None


def gone(ref):
    events.append("gone")


gc.collect()
x = Peer("x")
y = Peer("y")
x.link, y.link = y, x
watch = weakref.ref(x, gone)  # ?rc x watch -- the weakref is outside the cycle
del x, y
print(gc.collect(), events)  # ?rc watch

p = Peer("p")
p.link = p
p.self_watch = weakref.ref(p, gone)  # ?rc p -- weakref inside the cycle
del p
print(gc.collect(), events)

q = Peer("q")
q.link = [q]
proxy = weakref.proxy(q)  # ?rc q proxy
del q
print(gc.collect())
try:
    proxy.name
except ReferenceError as err:
    print("dead proxy:", err)
