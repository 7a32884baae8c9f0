# Theme: leak hunting with gc.get_referrers: the containers that hold an object
# come back as themselves (the module namespace is an unseen extra), so a
# comprehension or loop over them changes no count once it is done.
import gc
import sys


class Session:
    pass


s = Session()  # ?rc s
registry = {"s1": s}  # ?rc s registry
history = [s, s]  # ?rc s history
mine = [r for r in gc.get_referrers(s) if r is registry or r is history]  # ?rc s registry history mine
print(len(mine), sys.getrefcount(s))
del mine  # ?rc registry history
kinds = [type(r).__name__ for r in gc.get_referrers(s)]  # ?rc s registry history
print(sorted(kinds))
found = gc.get_referrers(s)  # ?rc found s registry history
for r in found:
    if r is history:
        history.clear()
del found, r  # ?rc s history
print(sys.getrefcount(s), len(history))


def local_hunt():
    item = Session()
    box = [item]
    holders = [r for r in gc.get_referrers(item) if r is box]
    print(len(holders), sys.getrefcount(box))
    return box


b = local_hunt()  # ?rc b
