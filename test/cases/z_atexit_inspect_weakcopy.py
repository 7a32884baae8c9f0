# Theme: small library calls a memory tutorial uses: atexit keeps its callbacks (the function,
# a tuple of the extra arguments, the keyword dict) until exit and unregister drops equal ones;
# inspect.getgeneratorstate only reads the generator; dict() of a weak dictionary holds its
# live values strongly; a class registry keyed by __qualname__.
import atexit
import gc
import inspect
import weakref


class Flusher:
    def __init__(self, name):
        self.name = name

    def flush(self, *targets, **opts):
        return len(targets) + len(opts)


log = Flusher("log")
target = ["buffer"]
cb = atexit.register(log.flush, target, mode="fast")  # ?rc log target cb
same = atexit.register(log.flush)  # ?rc log
atexit.unregister(log.flush)  # ?rc log target cb same
del cb, same  # ?rc log target


def walk(rows):
    for r in rows:
        yield r


rows = [[1.5], [2.5]]
g = walk(rows)
before = inspect.getgeneratorstate(g)  # ?rc rows g
next(g)
during = inspect.getgeneratorstate(g)  # ?rc rows g
g.close()
after = inspect.getgeneratorstate(g)  # ?rc rows g


class User:
    pass


ann, bob = User(), User()
live = weakref.WeakValueDictionary()
live["ann"] = ann
live["bob"] = bob
snap = dict(live)  # ?rc ann bob snap
merged = {}
merged.update(live)  # ?rc ann bob
spread = {**live}  # ?rc ann bob
keyed = weakref.WeakKeyDictionary()
keyed[ann] = "first"
flat = dict(keyed)  # ?rc ann
del snap, merged, spread, flat  # ?rc ann bob

registry = {}
registry[User.__qualname__] = User  # ?rc User
found = registry["User"]  # ?rc found
del registry["User"]  # ?rc found
gone = gc.collect()  # ?rc gone
print(before, during, after, found.__name__, gone)
