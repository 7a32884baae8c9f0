# Theme: functools.cached_property stores the computed value in the
# instance __dict__. A cached formatter closure that captures `self` turns
# every report into a cycle; invalidating with `del` breaks it.
import gc
import sys
from functools import cached_property


class Report:
    def __init__(self, title, rows):
        self.title = title
        self.rows = rows

    @cached_property
    def totals(self):
        return [sum(r) for r in self.rows]

    @cached_property
    def formatter(self):
        width = len(self.title)
        return lambda row: "%s: %s" % (self.title[:width], row)


gc.collect()
rows = [[1.5, 2.5], [3.5, 4.5]]  # ?rc rows
rep = Report("quarterly sales", rows)  # ?rc rep rows
t = rep.totals  # ?rc t rep
t_again = rep.totals  # ?rc t
del t_again
fmt = rep.formatter  # ?rc fmt rep
line = fmt(t)  # ?rc t
print(line, sys.getrefcount(rep))
del fmt
del rep.formatter  # ?rc rep -- invalidated: the cycle is gone
del t, rep  # ?rc rows
print(gc.collect())  # no cycle left, freed by del
rep2 = Report("annual report!", rows)  # ?rc rep2
f2 = rep2.formatter  # ?rc rep2 f2
del f2, rep2
print(gc.collect())  # report, __dict__ (not on 3.13), lambda, closure tuple, 2 cells
plain = Report("no cache used", rows)  # ?rc plain rows
del plain
print(gc.collect())
