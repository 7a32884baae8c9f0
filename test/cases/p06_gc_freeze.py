# gc.freeze moves every tracked object into the permanent generation: frozen
# cycles are not collected (nor listed by gc.get_objects) until gc.unfreeze
# puts them back.
import gc

gc.collect()


class Blob:
    pass


first = Blob()  # ?rc first
first.me = first  # ?rc first
found = [o for o in gc.get_objects() if type(o) is Blob]  # ?rc found first
ghost = found[0]  # ?rc ghost found
del found, first  # ?rc ghost
gc.freeze()
print(gc.get_freeze_count() > 0)
hidden = [o for o in gc.get_objects() if type(o) is Blob]  # ?rc ghost hidden
del ghost
print(gc.collect())  # frozen: nothing found
later = [2.5]
later.append(later)  # ?rc later
del later
print(gc.collect())  # the new cycle is not frozen
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())  # the Blob cycle is back in reach
th = gc.get_threshold()
cnt = gc.get_count()  # ?rc th
print(len(th), len(cnt))
