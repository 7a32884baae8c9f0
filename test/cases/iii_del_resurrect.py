# Theme: a __del__ finalizer that resurrects its object into a global list;
# the finalizer runs only once, so a second drop frees it.
import gc
import sys

graveyard = []


class Phoenix:
    def __del__(self):
        graveyard.append(self)  # ?rc self


p = Phoenix()  # ?rc p
q = p  # ?rc p q
del q  # ?rc p
del p
back = graveyard[0]  # ?rc back
print(sys.getrefcount(back))
graveyard.clear()  # ?rc back
del back  # freed now: __del__ does not run again
print(len(graveyard))


class Loop:
    def __del__(self):
        graveyard.append("loop gone!")


x = Loop()
x.me = x  # ?rc x
del x
print(gc.collect())
note = graveyard[-1]  # ?rc note
