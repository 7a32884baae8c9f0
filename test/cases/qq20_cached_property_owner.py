# Theme: functools.cached_property stores the computed value in the
# instance __dict__; a cached helper object pointing back at its owner makes
# a cycle, which a weakref back pointer avoids.
import functools
import gc
import weakref


class Index:
    def __init__(self, owner, weak):
        self.owner = weakref.ref(owner) if weak else owner
        self.size = len(owner.rows)


class Table:
    weak = False

    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def index(self):
        return Index(self, self.weak)


class WeakTable(Table):
    weak = True


gc.collect()
rows = [1.5, 2.5, 3.5]  # ?rc rows
t = Table(rows)  # ?rc t rows
idx = t.index  # ?rc t idx
idx2 = t.index  # ?rc idx
del idx, idx2  # ?rc t
d = t.__dict__  # ?rc d
del d, t  # ?rc rows
print(gc.collect())  # table, its __dict__, the index
w = WeakTable(rows)  # ?rc w rows
widx = w.index  # ?rc w widx
owner = widx.owner()  # ?rc w owner
del owner, w  # ?rc widx rows
print(gc.collect(), widx.owner())
