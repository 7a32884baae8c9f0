# Theme: an inventory whose defaultdict's factory is a bound method of the
# inventory itself (a cycle through default_factory), and word statistics
# kept in Counter / OrderedDict / defaultdict attributes of a report that
# refers to itself. A collection in between must not lose them: only exact
# dicts holding nothing trackable are untracked by a full collection.
import gc
from collections import Counter, OrderedDict, defaultdict


class Inventory:
    def __init__(self):
        self.stock = defaultdict(self.default_qty)
        self.log = []

    def default_qty(self):
        self.log.append("created default")
        return 0


class Report:
    def __init__(self, words):
        self.counts = Counter(words)
        self.first_seen = OrderedDict()
        self.by_len = defaultdict(int)
        self.totals = {}
        for w in words:
            self.first_seen.setdefault(w, len(self.first_seen))
            self.by_len[len(w)] += 1
        self.totals["words seen"] = len(words) * 1.5
        self.owner = self


gc.collect()
inv = Inventory()  # ?rc inv
inv.stock["apple pie"] += 3  # ?rc inv
inv.stock["pear tart"] += 1
c1 = Counter(inv.stock)  # ?rc c1
c2 = Counter({"apple pie": 1})
diff = c1 - c2  # ?rc diff
both = c1 + c2  # ?rc both
del c1, c2, diff, both
print(gc.collect())  # the inventory is still named: nothing
del inv
print(gc.collect())  # instance, defaultdict, bound method, log list

rep = Report(["tea", "milk", "tea", "sugar cube"])  # ?rc rep
print(gc.collect())  # rep still named; its plain totals dict gets untracked
del rep
print(gc.collect())  # report, Counter, OrderedDict, defaultdict (not totals)
tallies = [Counter("abcab"), OrderedDict(a=1), defaultdict(float), {"n": 2}]
print(gc.collect())
tallies.append(tallies)
del tallies
print(gc.collect())  # the list and its three dict subclasses
