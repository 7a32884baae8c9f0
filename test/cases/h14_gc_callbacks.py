# Theme: gc.callbacks, gc.get_count, gc.is_tracked on tuples/dicts of atoms,
# gc.freeze/unfreeze.
import gc
import sys

phases = []


def on_gc(phase, info):
    phases.append((phase, info["collected"]))


class Cell:
    pass


gc.collect()
gc.callbacks.append(on_gc)
c = Cell()  # ?rc c
c.me = c  # ?rc c
del c
n = gc.collect()
print(phases)
last = phases[-1]  # ?rc last
gc.callbacks.remove(on_gc)
print(gc.collect())
t_atoms = (1.5, 2.5, "not an id!")  # ?rc t_atoms
print(gc.is_tracked(t_atoms))
d_atoms = {"k": 1.5}  # ?rc d_atoms
print(gc.is_tracked(d_atoms))
t_mixed = (1.5, [2.5])  # ?rc t_mixed
print(gc.is_tracked(t_mixed))
lst = [1.5]  # ?rc lst
print(gc.is_tracked(lst))
gc.collect()
before = gc.get_count()
holder = Cell()  # ?rc holder
holder.loop = [holder]  # ?rc holder
gc.freeze()
print(gc.get_freeze_count() > 0)
del holder
print(gc.collect())  # frozen: not collected
gc.unfreeze()
print(gc.collect())  # now it is
pair = [Cell(), Cell()]  # ?rc pair
pa, pb = pair  # ?rc pa pb
pa.o, pb.o = pb, pa
del pair, pa, pb
print(gc.collect())
print(sys.getrefcount(phases))
