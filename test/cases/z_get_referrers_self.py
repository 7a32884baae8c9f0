# Theme: gc.get_referrers() finds an object that refers to itself among its
# own referrers; the returned list also holds the module's namespace, which
# outlives it, so dropping the list leaves nothing to collect.
import gc


class Leaf:
    pass


class Pair:
    def __init__(self, left):
        self.left = left


gc.collect()
late = Leaf()
late.me = late  # ?rc late
found = gc.get_referrers(late)  # ?rc late found
del found
print(gc.collect())
holder = Pair(late)  # ?rc holder late
again = gc.get_referrers(late)  # ?rc holder late
del again, holder
print(gc.collect())
del late
print(gc.collect())  # the self-referencing leaf
everything = gc.get_objects()
del everything
print(gc.collect())
