# Theme: a connection pool whose objects resurrect themselves in __del__ by
# putting themselves back into a free list. The finalizer runs only once per
# object (PEP 442), so a second release really frees it.
import gc
import sys
import weakref

free_list = []
finalized = []


class PooledConn:
    def __init__(self, dsn):
        self.dsn = dsn
        self.buffer = bytearray(16)

    def __del__(self):
        finalized.append(self.dsn)
        if len(free_list) < 2:
            free_list.append(self)


c = PooledConn("pg://one")  # ?rc c
w = weakref.ref(c)  # ?rc c w
del c
back = free_list.pop()  # ?rc back
print(w() is back, len(finalized))
buf = back.buffer  # ?rc buf
del back  # ?rc buf w -- no second __del__: really freed now
print(w() is None, len(finalized))
d = PooledConn("pg://two")
d.self_ref = d  # ?rc d
del d
print(gc.collect())  # resurrected from a cycle: nothing freed
d2 = free_list[0]  # ?rc d2
del d2.self_ref  # ?rc d2
free_list.clear()  # ?rc d2
print(sys.getrefcount(d2), len(finalized))
del d2
print(gc.collect(), len(finalized))
e = PooledConn("pg://three")
f = PooledConn("pg://four")
e.peer, f.peer = f, e  # ?rc e f
del e, f
print(gc.collect())  # both resurrected through free_list
pair = list(free_list)  # ?rc pair
free_list.clear()  # ?rc pair
for conn in pair:
    conn.peer = None
del conn  # ?rc pair
pair.clear()
print(gc.collect(), len(finalized))
