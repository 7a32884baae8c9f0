# a list sorted by keys the model cannot order (id) holds known items in an unknown order:
# taking, replacing or deleting the whole slice does not depend on the order
import sys

o = object()
p = object()
lst = [o, p, o]  # ?rc o p
lst.sort(key=id)  # ?rc o p
dup = lst[:]  # ?rc o p
lst[:] = [p]  # ?rc o p
del dup[:]  # ?rc o p
more = [p, o, p]
more.sort(key=id)
whole = more[::]  # ?rc o p
more[0:] = []  # ?rc o p
print(len(whole))
del whole[::1]  # ?rc o p
print(sys.getrefcount(o))
