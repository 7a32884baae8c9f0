# introspecting classes: __subclasses__() lists, __mro__ tuples, mappingproxy views, getattr_static
# (3.12 caches the instance class's MRO tuple), and gc of a deleted subclass after the lists are dropped.
import gc
import inspect
import sys


class Base:
    pass


class Kid(Base):
    def m(self):
        return 1.5


subs = Base.__subclasses__()  # ?rc subs
k0 = subs[0]
print(sys.getrefcount(Kid))
mro = Kid.__mro__  # ?rc mro
proxy = Kid.__dict__  # ?rc proxy
fn = proxy["m"]  # ?rc fn
st = inspect.getattr_static(Kid(), "m")  # ?rc st fn
bases = Kid.__bases__  # ?rc bases
del subs, k0, mro, proxy, fn, st, bases
print(sys.getrefcount(Kid))
del Kid
print(gc.collect())
left = Base.__subclasses__()  # ?rc left
