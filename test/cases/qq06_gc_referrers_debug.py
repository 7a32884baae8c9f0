# Theme: a leak-hunting helper in test code: count which containers refer to
# an object with gc.get_referrers and check gc.is_tracked on the holders.
import gc


class Session:
    pass


def holders(obj):
    found = gc.get_referrers(obj)  # ?rc found
    n = 0
    for h in found:
        if isinstance(h, (list, dict)) and h is not found:
            n += 1
    del found
    return n


registry = {}
history = []
s = Session()  # ?rc s
registry["current session"] = s  # ?rc s registry
history.append(s)  # ?rc s history
n1 = holders(s)  # ?rc s
print(n1)
pair = (s, 2.5)  # ?rc s pair
t1 = gc.is_tracked(pair)
snapshot = gc.get_referrers(s)  # ?rc s snapshot
del snapshot  # ?rc s
history.clear()  # ?rc s
n2 = holders(s)  # ?rc s
atoms = (1.5, 2.5)  # ?rc atoms
flat = {"x": 1.5}  # ?rc flat
tracked = [gc.is_tracked(atoms), gc.is_tracked(flat), gc.is_tracked(registry)]
print(tracked, t1)
refs = gc.get_referents(pair)  # ?rc refs s
print(len(refs))
del refs, pair  # ?rc s
del registry["current session"]  # ?rc s registry
print(gc.collect())
