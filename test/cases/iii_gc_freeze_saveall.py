# Theme: gc.freeze moves objects to the permanent generation, so a cycle
# created before freeze is not collected; DEBUG_SAVEALL keeps the garbage.
import gc


class Cyc:
    pass


a = Cyc()
a.self_ref = a  # ?rc a
gc.freeze()
print(gc.get_freeze_count() > 0)
del a
print(gc.collect())  # frozen: not found
b = Cyc()
b.self_ref = b  # ?rc b
gc.set_debug(gc.DEBUG_SAVEALL)
del b
print(gc.collect())  # the Cyc (and its dict on some versions)
saved = gc.garbage[0]  # ?rc saved
gc.set_debug(0)
gc.garbage.clear()  # ?rc saved
del saved
print(gc.collect())  # the saved cycle again
gc.unfreeze()
print(gc.collect())  # the first cycle now
