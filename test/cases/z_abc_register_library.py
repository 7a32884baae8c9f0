# collections.abc ABCs' register(): a virtual subclass (isinstance becomes true), the registry
# holding only a weak reference to the class; register gives the class back (a decorator).
import gc
import sys
from collections.abc import Mapping, MutableSequence, Sequence, Sized


class Row:
    def __init__(self, cells):
        self.cells = cells

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, i):
        return self.cells[i]


@Mapping.register
class Table:
    pass


class Column:
    pass


kept = []
r = Row([1, 2])
alias = Sequence.register(Row)
sys.getrefcount(Row)
sys.getrefcount(Table)
if isinstance(r, Sequence):
    kept.append(r)  # ?rc r
if isinstance(r, Sized):
    kept.append(r)  # ?rc r
MutableSequence.register(Column)
c = Column()
if isinstance(c, Sequence):
    kept.append(c)  # ?rc c
t = Table()
if isinstance(t, Mapping):
    kept.append(t)  # ?rc t
del alias
kept.clear()
r.me = r
del r
gc.collect()
sys.getrefcount(Row)
