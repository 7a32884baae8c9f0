# A metaclass that auto-registers handler classes and gives each one an
# instance cache; classes made at run time with type() join the registry.
# Deleting classes shows they are cyclic garbage only the collector frees.
import gc
import sys


class HandlerMeta(type):
    handlers = {}

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.handlers[ns.get("route", name)] = cls
        cls.pool = []
        return cls

    def spawn(cls, *args):
        obj = cls(*args)
        cls.pool.append(obj)  # ?rc obj
        return obj


class Handler(metaclass=HandlerMeta):
    def __init__(self, request):
        self.request = request


class HomeHandler(Handler):
    route = "/home page"


req = {"path": "/home page", "args": [1.5]}  # ?rc req
h = HomeHandler.spawn(req)  # ?rc h req
pool = HomeHandler.pool  # ?rc pool
handlers = HandlerMeta.handlers  # ?rc handlers
print(sys.getrefcount(HomeHandler))
made = []
for route in ("/a path", "/b path"):
    cls = HandlerMeta("Dyn", (Handler,), {"route": route})
    made.append(cls.spawn(req))  # ?rc made req
del cls
print(gc.collect())
handlers.pop("/a path")
print(gc.collect())
made.clear()  # ?rc req
print(gc.collect())
del h, pool  # ?rc req
handlers.clear()
del HomeHandler
print(gc.collect())  # ?rc req
