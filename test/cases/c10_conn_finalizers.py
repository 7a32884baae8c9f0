# Theme: database connections that log in __del__. Since PEP 442 a cycle whose
# objects define __del__ is collected: each finalizer runs once, and objects a
# finalizer resurrects are left alive (and not counted); when the resurrected
# object is dropped again, __del__ does not run a second time.
import gc

closed = []
revived = []


class Conn:
    def __init__(self, dsn):
        self.dsn = dsn
        self.peer = None

    def __del__(self):
        closed.append(self.dsn)


class Sticky(Conn):
    def __del__(self):
        revived.append(self)


gc.collect()
a = Conn("db one!")
b = Conn("db two!")
a.peer, b.peer = b, a  # ?rc a b
del a  # ?rc b
del b
print(gc.collect())  # both connections
dsn = closed[0]  # ?rc dsn
s = Sticky("db sticky!")  # ?rc s
s.peer = s  # ?rc s
del s
print(gc.collect())  # resurrected: nothing counted
back = revived.pop()  # ?rc back
print(gc.collect())
del back
print(gc.collect())  # collected now, no second __del__
print(len(revived), len(closed))
plain = Conn("db plain!")  # ?rc plain
del plain  # freed at once by refcounting
last = closed[-1]  # ?rc last
