# ctypes tricks seen in refcount tutorials: reading ob_refcnt through
# c_long.from_address(id(x)) adds no reference, but cast(id(x), py_object).value turns the
# address back into the object itself (a new reference), so the code given only an int
# reaches x and may keep it.
import ctypes
import sys


class Obj:
    pass


a = Obj()  # ?rc a
n = ctypes.c_long.from_address(id(a)).value  # ?rc a
b = a  # ?rc a
m = ctypes.c_long.from_address(id(a)).value  # ?rc a
back = ctypes.cast(id(a), ctypes.py_object).value  # ?rc a back
print(back is a)
del back
c = Obj()  # ?rc c
same = ctypes.cast(id(c), ctypes.py_object).value  # ?rc c same
print(sys.getrefcount(c))
