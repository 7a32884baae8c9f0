# Theme: gc introspection. gc.get_referrers() and gc.get_objects() return
# new lists that hold a reference to everything they found; gc.freeze()
# moves objects to the permanent generation, which get_objects() skips;
# a dict of atomic values is not tracked at all.
import gc


class Leaf:
    pass


gc.collect()
leaf = Leaf()  # ?rc leaf
box = [leaf]
table = {"leaf key!": leaf}
pair = (leaf, 2.5)  # ?rc leaf
refs = gc.get_referrers(leaf)  # ?rc refs leaf box table pair
del refs  # ?rc box pair
kids = gc.get_referents(box)  # ?rc kids leaf
del kids
everything = gc.get_objects()  # ?rc leaf box everything
del everything  # ?rc leaf box
plain = {"a key!": 1.5, "b key!": 2.5}
print(gc.is_tracked(plain), gc.is_tracked(table))
found = gc.get_referrers(leaf)  # ?rc leaf table
del found
gc.freeze()
snapshot = gc.get_objects()  # ?rc leaf box -- frozen objects are skipped
del snapshot
gc.unfreeze()
late = Leaf()
late.me = late  # ?rc late
found = gc.get_referrers(late)  # ?rc late found -- itself, and the globals
del late, found
print(gc.collect())  # the self-referencing instance
