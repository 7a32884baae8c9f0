# Theme: DEBUG_SAVEALL keeps garbage in gc.garbage with its references.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
lst = [0.5]
lst.append(lst)
del lst
print(gc.collect())
kept = gc.garbage[0]  # ?rc kept
print(len(gc.garbage))
gc.garbage.clear()  # ?rc kept
del kept
gc.set_debug(0)
print(gc.collect())
