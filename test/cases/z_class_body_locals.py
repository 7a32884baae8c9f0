# In a class body locals() is the class namespace itself (no copy): the class __dict__ copies it, and a namespace that holds itself stays as cyclic garbage with the class.
import gc
import sys


class Base:
    registry = []  # ?rc registry
    ns = locals()  # ?rc registry
    del ns  # ?rc registry
    alias = ns2 = locals()  # ?rc registry


got = Base.registry  # ?rc got


class Other:
    items = [1.5]
    view = vars()  # ?rc items


keep = Other.items  # ?rc keep
space = Other.view  # ?rc space
del space
del Other
print(gc.collect())
print(sys.getrefcount(keep))
