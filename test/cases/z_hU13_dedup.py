# Theme: dedup over a set by a key: which members survive into the output depends on the set's hash order
class Item:
    def __init__(self, kind, label):
        self.kind = kind
        self.label = label


a = Item("x", "a")
b = Item("x", "b")
c = Item("y", "c")
d = Item("z", "d")
items = {a, b, c, d}
seen = set()
out = []
for it in items:
    if it.kind not in seen:
        seen.add(it.kind)
        out.append(it)
del it
n = len(out)  # ?rc a b c d out
by_kind = {}
for it in items:
    if it.kind not in by_kind:
        by_kind[it.kind] = it
del it
m = len(by_kind)  # ?rc a b c d by_kind
latest = {}
for it in items:
    latest[it.kind] = it
del it
k = len(latest)  # ?rc a b c d latest
out.clear()
by_kind.clear()
latest.clear()
cleared = True  # ?rc a b c d
