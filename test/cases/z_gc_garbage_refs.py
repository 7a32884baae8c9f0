# Theme: gc.garbage and gc.callbacks are held by the collector's state and by
# the gc module's __dict__, so a name bound to either makes 3.
import gc

saved = gc.garbage  # ?rc saved
alias = saved  # ?rc saved
del alias  # ?rc saved
hooks = gc.callbacks  # ?rc hooks
hooks.append(print)  # ?rc hooks
hooks.clear()  # ?rc hooks
gc.set_debug(gc.DEBUG_SAVEALL)
junk = []
junk.append(junk)
del junk
print(gc.collect(), len(saved))  # ?rc saved
first = saved[0]  # ?rc first saved
saved.clear()  # ?rc first saved
gc.set_debug(0)
