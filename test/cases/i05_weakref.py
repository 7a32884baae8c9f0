# Theme: weak references: ref with a callback, WeakValueDictionary entries
# disappearing, WeakSet size, finalize, proxy.
import gc
import weakref

log = []


class T:
    pass


def on_dead(ref):
    log.append(ref)  # ?rc ref


t = T()  # ?rc t
r = weakref.ref(t, on_dead)  # ?rc t r
p = weakref.proxy(t)  # ?rc t p
del t  # callback runs here
entry = log[0]  # ?rc entry r
wvd = weakref.WeakValueDictionary()
u = T()
v = T()
wvd["u key"] = u  # ?rc u
wvd["v key"] = v  # ?rc v
got = wvd["u key"]  # ?rc u got
del got, u
n = len(wvd)
ws = weakref.WeakSet()
x, y = T(), T()
ws.add(x); ws.add(y)  # ?rc x y
del x
size = len(ws)
fin_log = []
obj = T()
data = [1.5]  # ?rc data
f = weakref.finalize(obj, fin_log.append, data)  # ?rc obj data f
alive = f.alive
del obj  # ?rc data
after = fin_log[0]  # ?rc after
c1 = T()
c1.me = c1
wr = weakref.ref(c1)  # ?rc c1 wr
del c1
print(gc.collect())
dead = wr()
