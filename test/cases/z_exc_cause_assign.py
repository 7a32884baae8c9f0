# Theme: assigning exc.__cause__ / __context__ / __traceback__ releases the old value at once
import gc
import sys
def load(rows):
    return [int(r) for r in rows]
rows = ["1", "x"]
try:
    try:
        load(rows)
    except ValueError as low:
        raise KeyError("high") from low
except KeyError as e:
    top = e
cause = top.__cause__  # ?rc cause rows
print(top.__suppress_context__, top.__context__ is cause)
top.__cause__ = None  # ?rc cause
print(top.__suppress_context__)
top.__context__ = None  # ?rc cause
del cause  # ?rc rows
top.__context__ = ValueError("other")
top.__traceback__ = None  # ?rc top
print(gc.collect())
