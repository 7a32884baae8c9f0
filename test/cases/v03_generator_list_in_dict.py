# Theme: a generator's frame keeps its arguments, its loop iterator and its
# locals alive until it is exhausted or closed; the same list is also a value
# in a dict. A generator that refers to the dict holding it is a cycle.
import gc


class Row:
    def __init__(self, key):
        self.key = key


def batches(rows, size):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


rows = [Row(k * 1.5) for k in range(5)]  # ?rc rows
index = {"all rows!": rows}  # ?rc rows
gen = batches(rows, 2)  # ?rc rows gen -- not started: holds the argument
first = next(gen)  # ?rc rows first -- plus the running list iterator
second = next(gen)  # ?rc first second
r0 = rows[0]  # ?rc r0
rest = list(gen)  # ?rc rows rest -- exhausted: frame cleared
del index["all rows!"]  # ?rc rows
gen2 = batches(rows, 3)
part = next(gen2)  # ?rc rows part
gen2.close()  # ?rc rows part
del gen2, first, second, rest, part  # ?rc r0

registry = {}


def watcher(reg):
    while True:
        item = yield
        reg.setdefault("seen items!", []).append(item)


registry["watcher gen!"] = w = watcher(registry)
next(w)
w.send(rows)  # ?rc rows -- the dict's list and the paused `item`
seen = registry["seen items!"]  # ?rc seen
del w, registry
print(gc.collect())  # the generator's finalizer closes it first
print(len(seen))  # ?rc rows seen
