# Theme: functools.cached_property on a report object: the first access
# computes and stores the value in the instance __dict__; del invalidates.
import gc
from functools import cached_property


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        s = sum(self.rows)  # ?rc s
        return s

    @cached_property
    def summary(self):
        out = {"rows": self.rows, "total": self.total, "owner": self}  # ?rc out
        return out


rows = [1.5 * 2, 2.5 * 2, 3.5 * 2]  # ?rc rows
rep = Report(rows)  # ?rc rep rows
t1 = rep.total  # ?rc t1 rep
t2 = rep.total  # ?rc t1 t2
info = rep.summary  # ?rc info rep rows t1
state = vars(rep)  # ?rc state rep info
del rep.total  # ?rc t1 info
t3 = rep.total  # ?rc t1 t3
del t1, t2, t3, state, info
gc.collect()
del rep  # ?rc rows
print(gc.collect())  # Report instance, its dict, summary dict
