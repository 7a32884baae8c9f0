# Theme: a paginating generator was abandoned after the first page. While it
# sits suspended its frame keeps the whole result set (a big local) alive;
# close() runs its finally block and frees the frame. An owner that stores
# its own generator forms a cycle the collector has to close.
import gc
import sys

closed = []


def pages(rows, size):
    snapshot = list(rows)
    try:
        for start in range(0, len(snapshot), size):
            yield snapshot[start:start + size]
    finally:
        closed.append(len(snapshot))


class Exporter:
    def __init__(self, rows):
        self.rows = rows
        self.stream = pages(rows, 2)

    def first(self):
        return next(self.stream)


gc.collect()
row = [1.5, 2.5]  # ?rc row
table = [row, row, row, row, row]  # ?rc row table
g = pages(table, 2)  # ?rc table row -- not started: only the argument is held
page = next(g)  # ?rc row page
frame = g.gi_frame  # ?rc frame
print(sys.getrefcount(table))
del frame
g.close()  # ?rc row table
print(closed, g.gi_frame)
del page  # ?rc row
exp = Exporter(table)  # ?rc exp table
first = exp.first()  # ?rc row first
del first
print(sys.getrefcount(row))
del exp  # ?rc table
print(gc.collect())  # the generator is not in a cycle with exp: no garbage
exp2 = Exporter(table)
exp2.stream = (exp2, exp2.stream)  # ?rc exp2
next(exp2.stream[1])  # ?rc row
del exp2
print(gc.collect(), closed)  # exp2, the tuple and the generator (closed by its finalizer)
