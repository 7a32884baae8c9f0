# Theme: services with __del__ that log their shutdown; some die by
# reference count in a loop, some in cycles, and one is resurrected into a
# module-level list until the program releases it.
import gc
import sys

shutdown_log = []
zombies = []


class Service:
    def __init__(self, name, revive=False):
        self.name = name
        self.revive = revive
        self.deps = []

    def __del__(self):
        shutdown_log.append(self.name)
        if self.revive:
            self.revive = False
            zombies.append(self)  # ?rc self


gc.collect()
for i in range(3):
    svc = Service("worker %d!" % i)  # ?rc svc
print(shutdown_log)
del svc
db = Service("database svc")
cache = Service("cache svc", revive=True)
db.deps.append(cache)
cache.deps.append(db)  # ?rc db cache
del db, cache
n = gc.collect()  # the cache revives itself, so nothing is freed
print(n, len(shutdown_log), len(zombies))
z = zombies[0]  # ?rc z
peer = z.deps[0]  # ?rc peer
print(peer.name, sys.getrefcount(peer))
del peer
zombies.clear()  # ?rc z
del z
print(gc.collect(), len(shutdown_log))  # no finalizer runs a second time
