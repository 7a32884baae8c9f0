# Theme: a constructor registers the new object in a class-level registry and
# allocates a resource before a validation step raises. The half-built
# instance stays reachable from the registry and from the traceback of the
# saved exception; a constructor that undoes its registration does not leak.
import gc
import sys
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


class Session:
    live = []

    def __init__(self, user, limit):
        self.res = Resource(user + " session")
        Session.live.append(self)
        if limit < 0:
            raise ValueError("negative limit")
        self.limit = limit


class SafeSession(Session):
    def __init__(self, user, limit):
        try:
            super().__init__(user, limit)
        except ValueError:
            Session.live.remove(self)
            raise


ok = Session("ann", 10)  # ?rc ok
errors = []
try:
    Session("bob", -1)
except ValueError as e:
    errors.append(e)
half = Session.live[1]  # ?rc half
res = half.res  # ?rc res
print(hasattr(half, "limit"), sys.getrefcount(half))
wr = weakref.ref(half)
exc = errors.pop()  # ?rc exc half
tb = exc.__traceback__  # ?rc tb
del tb, exc  # ?rc half
print(gc.collect())
Session.live.remove(half)  # ?rc half
del half  # ?rc res
print(wr() is None, len(Session.live))
try:
    SafeSession("cy", -5)
except ValueError as e2:
    last = e2  # ?rc last
survivors = len(Session.live)
frames = last.__traceback__  # ?rc frames
del frames
last = None
print(survivors, gc.collect())
registry = Session.live  # ?rc registry ok
