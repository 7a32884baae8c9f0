# Lists that contain themselves: appending a list to itself, a list that
# holds itself twice, two lists holding each other, and a list inside a
# tuple inside the list. What do the counts and gc.collect() say?
import gc
import sys

gc.collect()
a = []  # ?rc a
a.append(a)  # ?rc a
a.append(a)  # ?rc a
a.extend(a)  # ?rc a -- extend with itself copies its current items first
print(len(a))
print(sys.getrefcount(a))
b = [a]  # ?rc a
a.clear()  # ?rc a
del b  # ?rc a
a.append(a)
del a
print(gc.collect())


def twins():
    x = [1.5 * 2]
    y = [x]  # ?rc x
    x.append(y)  # ?rc x y
    x.append(x)  # ?rc x
    return len(x) + len(y)


twins()
print(gc.collect())
c = [0.25 * 3]
box = (c,)  # ?rc c
c.append(box)  # ?rc c box
del box  # ?rc c
c.insert(0, c)  # ?rc c
c[1:1] = [c, c]  # ?rc c
print(sys.getrefcount(c))
del c
print(gc.collect())  # the list and the tuple
r = list(range(400, 403))
r.append(r[:])  # ?rc r
del r
print(gc.collect())  # no cycle here
