# Theme: duck-typed helpers that probe a container with getattr(obj, name,
# default) and hasattr: a plain OrderedDict has dict's methods, move_to_end
# and nothing else, so the defaults are taken and nothing keeps the mapping;
# the same for defaultdict, deque and Counter.
import gc
from collections import Counter, OrderedDict, defaultdict, deque


def describe(mapping):
    frozen = getattr(mapping, "frozen", False)
    mover = getattr(mapping, "move_to_end", None)
    label = getattr(mapping, "label", "no label!")
    return frozen, mover is not None, label


recent = OrderedDict()
recent["a"] = [1, 2]
recent["b"] = [3]
info = describe(recent)  # ?rc recent info
print(info)
sorter = getattr(recent, "sort", None)  # ?rc recent
keep = getattr(recent, "keys")  # ?rc recent keep
print(hasattr(recent, "append"), hasattr(recent, "popitem"))  # ?rc recent
del keep  # ?rc recent
groups = defaultdict(list)
groups["x"].append("first item!")
g_info = describe(groups)  # ?rc groups g_info
window = deque([1.5, 2.5], maxlen=3)
w_info = describe(window)  # ?rc window w_info
rotate = getattr(window, "rotate", None)  # ?rc window
tally = Counter(["a", "b", "a"])
t_info = describe(tally)  # ?rc tally t_info
print(g_info, w_info, t_info)
print(gc.collect())
