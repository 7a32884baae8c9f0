# Theme: weakref.finalize for cleanup of resources owned by objects that
# end up in cycles; finalize objects stay registered until they run.
import gc
import weakref

closed = []


def release(handle_list, tag):
    handle_list.clear()
    closed.append(tag)


class Connection:
    def __init__(self, tag):
        self.handles = [tag + "-h1", tag + "-h2"]
        self._finalizer = weakref.finalize(self, release, self.handles, tag)
        self.pool = None


class Pool:
    def __init__(self):
        self.conns = []

    def open(self, tag):
        conn = Connection(tag)
        conn.pool = self
        self.conns.append(conn)
        return conn


gc.collect()
pool = Pool()  # ?rc pool
c1 = pool.open("db1")  # ?rc c1 pool
fin = c1._finalizer  # ?rc fin
handles = c1.handles  # ?rc handles
del c1
print(fin.alive, closed)
del pool
print("collected:", gc.collect())  # ?rc fin handles
print(fin.alive, closed)

solo = Connection("db2")  # ?rc solo
f2 = solo._finalizer
detached = f2.detach()  # ?rc solo detached
del solo
print("detached finalizer never runs:", closed, f2.alive)
del detached
print(gc.collect())
