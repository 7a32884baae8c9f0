# Theme: an LRU-ish registry on OrderedDict and a tally on Counter that
# code tags with attributes; getattr with defaults before and after the
# program stores on the instance, and hasattr on names only some types have.
import gc
from collections import Counter, OrderedDict, deque, defaultdict


class Entry:
    def __init__(self, name):
        self.name = name


registry = OrderedDict()
e = Entry("db")
registry["db"] = e
frozen = getattr(registry, "frozen", False)  # ?rc registry e
mover = getattr(registry, "move_to_end", None)  # ?rc registry mover
del mover  # ?rc registry
can_move = hasattr(registry, "move_to_end")  # ?rc registry
registry.owner = "ops-team"  # ?rc registry e
owner = getattr(registry, "owner", None)  # ?rc registry e
no_expiry = ["never"]
missing = getattr(registry, "expiry", no_expiry)  # ?rc registry e
del owner, missing
tally = Counter(["a", "b", "a"])
total = hasattr(tally, "total")  # ?rc tally
tag = getattr(tally, "label", e)  # ?rc tally e tag
del tag
recent = deque([e], maxlen=4)
pinned = getattr(recent, "pinned", None)  # ?rc recent e
groups = defaultdict(list)
groups["x"].append(e)  # ?rc groups e
deflt = getattr(groups, "default", e)  # ?rc groups e deflt
del deflt
hashable = hasattr(groups, "__hash__")  # ?rc groups
print(frozen, can_move, total, pinned, hashable)
registry["self"] = registry
del registry, tally, recent, groups
print(gc.collect())  # ?rc e
