# Theme: a reader object that owns a suspended generator over its own
# records; the generator frame holds `self`, so reader -> generator ->
# frame -> reader is a cycle, which the collector breaks by closing it.
import gc

closed = []


class Reader:
    def __init__(self, rows):
        self.rows = rows
        self.stream = self._iter()  # ?rc self

    def _iter(self):
        try:
            for row in self.rows:
                yield row
        finally:
            closed.append(len(self.rows))


gc.collect()
rows = [[1.5], [2.5], [3.5]]  # ?rc rows
r = Reader(rows)  # ?rc r rows
first = next(r.stream)  # ?rc r first
second = next(r.stream)  # ?rc first second
del first, second
del r
print(gc.collect())  # finalizer closes the generator: the cycle breaks
print(len(closed))
after = rows  # ?rc rows after
r2 = Reader(rows)  # ?rc r2
for item in r2.stream:
    pass
done = item  # ?rc done r2
del r2  # ?rc rows -- exhausted generator dropped its frame: no cycle
print(gc.collect())
