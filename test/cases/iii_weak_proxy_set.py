# Theme: weakref.proxy and WeakSet on objects in a list; removing from the
# list kills them and the WeakSet shrinks; callbacks get the proxy.
import weakref
import gc

dead = []


class P:
    pass


def gone(prox):
    dead.append(prox)  # ?rc prox


objs = [P(), P()]  # ?rc objs
o0 = objs[0]  # ?rc o0
px = weakref.proxy(o0, gone)  # ?rc o0 px
ws = weakref.WeakSet(objs)  # ?rc o0
print(len(ws))
del o0  # ?rc px
objs.pop(0)  # ?rc px
print(len(ws), len(dead))
objs[0].me = objs[0]
objs.clear()
print(gc.collect())
print(len(ws))
