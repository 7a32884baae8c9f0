# Theme: 3.11 comprehension frame in a collected traceback cycle
import gc
import sys
def parse(batch):
    try:
        return [float(x) for x in batch]
    except ValueError as e:
        err = e
        return err
batch = ["1.5", "bad value"]
gc.collect()
r = parse(batch)  # ?rc batch r
print(sys.getrefcount(batch))
del r  # ?rc batch
print(gc.collect())  # ?rc batch
def parse2(batch):
    return {x: float(x) for x in batch}
try:
    parse2(batch)
except ValueError as e:
    saved = e
print(gc.collect())  # ?rc batch
saved.__traceback__ = None  # ?rc batch
