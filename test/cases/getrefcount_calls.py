# Theme: sys.getrefcount on names, attributes, items and temporaries.
import sys

class Holder:
    pass

obj = [0.5]
h = Holder()
h.item = obj
lst = [obj, obj]
print(sys.getrefcount(obj))
print(sys.getrefcount(h.item))
print(sys.getrefcount(lst[0]))
print(sys.getrefcount(h))
print(sys.getrefcount([obj]))
def inside(x):
    return sys.getrefcount(x)
print(inside(obj))
alias = obj
print(sys.getrefcount(alias))
del lst
print(sys.getrefcount(obj))
