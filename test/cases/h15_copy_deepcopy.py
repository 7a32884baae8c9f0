# Theme: copy.copy and copy.deepcopy of nested structures; shallow copies
# share the inner objects, deep copies share only atoms.
import copy
import gc
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


gc.collect()
p = Point(1.5, 2.5)  # ?rc p
inner = [p, p]  # ?rc inner p
outer = {"pts": inner, "tag": "a tag!"}  # ?rc outer inner
shallow = copy.copy(outer)  # ?rc shallow inner
same_inner = shallow["pts"]  # ?rc same_inner inner
del same_inner
deep = copy.deepcopy(outer)  # ?rc deep inner p
deep_inner = deep["pts"]  # ?rc deep_inner
dp = deep_inner[0]  # ?rc dp
print(dp is p)
print(sys.getrefcount(p))
lst_copy = inner[:]  # ?rc lst_copy p
lst_copy2 = list(inner)  # ?rc lst_copy2 p
pc = copy.copy(p)  # ?rc pc p
cyc = [1.5]
cyc.append(cyc)  # ?rc cyc
cyc2 = copy.deepcopy(cyc)  # ?rc cyc cyc2
del cyc, cyc2
print(gc.collect())
del deep, deep_inner  # ?rc dp
del dp
print(gc.collect())
del shallow  # ?rc outer inner
del lst_copy, lst_copy2  # ?rc p
tup = (p, [p])  # ?rc tup p
tcopy = copy.deepcopy(tup)  # ?rc tcopy p
del tup, tcopy  # ?rc p
print(gc.collect())
