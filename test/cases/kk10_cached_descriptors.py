# Theme: caching attributes. A hand-written non-data descriptor that stores
# the computed value in the instance __dict__ (so later lookups skip it), a
# property that caches in a private attribute, and functools.cached_property.
import functools


class lazy:
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows
        self._summary = None

    @lazy
    def total(self):
        return sum(self.rows)

    @property
    def summary(self):
        if self._summary is None:
            self._summary = [min(self.rows), max(self.rows)]
        return self._summary

    @functools.cached_property
    def doubled(self):
        return [r * 2 for r in self.rows]


rows = [1.5, 2.5, 4.0]  # ?rc rows
rep = Report(rows)  # ?rc rep rows
t1 = rep.total  # ?rc t1
t2 = rep.total  # ?rc t1 t2 -- second lookup finds the cached float
s1 = rep.summary  # ?rc s1
s2 = rep.summary  # ?rc s1
d1 = rep.doubled  # ?rc d1
d2 = rep.doubled  # ?rc d1
desc = Report.__dict__["total"]  # ?rc desc
same = Report.total  # ?rc desc
del rep.doubled  # ?rc d1
d3 = rep.doubled  # ?rc d1 d3
del rep  # ?rc rows t1 s1 d1 d3
