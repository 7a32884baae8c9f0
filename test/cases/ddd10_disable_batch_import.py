# Theme: a batch importer that turns the collector off while it builds many
# linked records, counts the cyclic garbage it left, and turns it back on.
import gc
import sys


class Record:
    def __init__(self, key):
        self.key = key
        self.prev = None
        self.next = None


def import_batch(keys):
    head = None
    tail = None
    for key in keys:
        rec = Record(key)
        if tail is not None:
            tail.next = rec
            rec.prev = tail  # ?rc rec
        else:
            head = rec
        tail = rec
    return head


gc.collect()
was_enabled = gc.isenabled()
gc.disable()
sizes = [2, 3, 5]
totals = []
for size in sizes:
    head = import_batch(range(size))  # ?rc head
    del head
    got = gc.collect()
    totals.append(got)
print(totals)
keep = import_batch(range(4))  # ?rc keep
second = keep.next  # ?rc second keep
keep.next = None  # ?rc second keep
print(gc.collect())
del second
print(gc.collect())  # records 1..3, chained to each other
if was_enabled:
    gc.enable()
print(gc.isenabled() == was_enabled, sys.getrefcount(keep))
