# Theme: augmented assignment on tuples and slices: += on a tuple rebinds to
# a new tuple, slice assignment replaces references in place.
import sys


class T:
    pass


t1, t2 = T(), T()  # ?rc t1 t2
tup = (t1,)  # ?rc t1 tup
old = tup  # ?rc tup
tup += (t2,)  # ?rc t1 t2 tup old
lst = [t1, t1, t2]  # ?rc t1
lst[0:2] = [t2]  # ?rc t1 t2 lst
lst[len(lst):] = tup  # ?rc t1 t2
cp = lst[:]  # ?rc t1 t2 cp
lst *= 2  # ?rc t1 t2 lst
print(sys.getrefcount(t2))
del lst[::2]  # ?rc t1 t2
del old, tup  # ?rc t1 t2
