# weakref.proxy: a proxy forwards attribute access without owning the
# referent; a parent/child link through a proxy is not a cycle.
import gc
import weakref


class Parent:
    def __init__(self):
        self.kids = []

    def adopt(self, kid):
        kid.parent = weakref.proxy(self)  # ?rc kid self
        self.kids.append(kid)


class Kid:
    pass


mom = Parent()  # ?rc mom
k = Kid()  # ?rc k
mom.adopt(k)  # ?rc mom k
px = k.parent  # ?rc mom px
kids = mom.kids  # ?rc kids
px2 = weakref.proxy(mom)  # ?rc px2 px
del mom
print(gc.collect())  # the proxy link is no cycle
try:
    px.kids
except ReferenceError:
    dead = True  # ?rc px k
print(len(kids))
del kids  # ?rc k
