# Theme: objects with __del__ in a cycle under DEBUG_SAVEALL: finalizers run
# once, the objects end up in gc.garbage with their counts held there.
import gc

events = []


class Fin:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        events.append(self.tag)


a = Fin("fin tag a!")
b = Fin("fin tag b!")
a.peer = b  # ?rc a b
b.peer = a  # ?rc a b
gc.set_debug(gc.DEBUG_SAVEALL)
del a, b
print(gc.collect())
print(sorted(events))
first = gc.garbage[0]  # ?rc first
gc.set_debug(0)
gc.garbage.clear()  # ?rc first
del first
print(gc.collect())  # the same cycle, finalizers already ran
print(len(events))
