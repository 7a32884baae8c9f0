# Attributes set and deleted through a weakref.proxy reach the object itself.
import gc
import weakref


class Session:
    pass


s = Session()
px = weakref.proxy(s)  # ?rc s px
px.data = [1.5, 2.5]
d = s.data  # ?rc d s
px.other = d  # ?rc d
del px.data  # ?rc d
e = px.other  # ?rc e d
s.me = s  # ?rc s
del s
print(gc.collect())
try:
    px.data = [3.5]
except ReferenceError as exc:
    msg = str(exc)  # ?rc msg
print(d)  # ?rc d
