# Theme: 3.11 runs a list comprehension in a frame of its own, kept by a saved traceback with its iterator
import gc
import sys
def parse(batch):
    return [float(x) for x in batch]
def check(v):
    if v < 0:
        raise ValueError(v)
    return v
def validate(values):
    return {k: check(v) for k, v in values.items()}
batch = ["1.5", "bad value"]
errors = []
try:
    parse(batch)
except ValueError as e:
    errors.append(e)
print(sys.getrefcount(batch))  # ?rc batch
values = {"a": 1, "b": -2}
try:
    validate(values)
except ValueError as e:
    errors.append(e)
print(len(errors))  # ?rc batch values
errors.clear()  # ?rc batch values
print(gc.collect())
