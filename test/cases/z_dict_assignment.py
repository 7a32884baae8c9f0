# Theme: assigning obj.__dict__. A plain dict becomes the instance's attribute
# dict (a dict of its own, counted while it holds a container); the old
# dict lives on with the old attributes where someone still holds it.
import gc
class A:
    pass
gc.collect()
a = A()
a.keep = [1.5]
view = a.__dict__  # ?rc view
kept = a.keep  # ?rc kept
a.__dict__ = {"n": 2.5}  # ?rc view kept
n = a.n  # ?rc n
a.more = a
del a
print(gc.collect())
old = view["keep"]  # ?rc old
b = A()
b.__dict__ = {}
b.x = 3.5
lst = [b]
lst.append(lst)
del b, lst
print(gc.collect())
c = A()
c.__dict__ = {"self": None}
c.self = c
del c
print(gc.collect())
