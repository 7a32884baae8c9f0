# Theme: three nested functions sharing a cell through nonlocal; rebinding
# the cell drops the old object, the closure tuples keep the cell.
import gc
import sys


class Obj:
    pass


def outer(start):
    state = start

    def middle():
        def inner(new):
            nonlocal state
            old = state
            state = new  # ?rc new old
            return old
        return inner
    return middle


a, b = Obj(), Obj()  # ?rc a b
mid = outer(a)  # ?rc a mid
inner = mid()  # ?rc inner
back = inner(b)  # ?rc a b back
print(sys.getrefcount(b))
del mid  # ?rc b
back2 = inner(back)  # ?rc a b
del inner  # ?rc a b
print(gc.collect())
