# str.split / splitlines of text the model does not know (built from an enum member's str):
# the list holds only strs, so dropping it leaves nothing for gc.collect() to find.
import gc
from collections import Counter
from enum import Enum

class Status(Enum):
    OPEN = 1
    DONE = 2

events = [f"zoe:add:{Status.OPEN}", f"zoe:pay:{Status.DONE}"]  # ?rc events
tally = Counter(e.split(":")[1] for e in events)  # ?rc tally events
parts = events[0].split(":")  # ?rc parts
first = parts[0]
del parts
n = gc.collect()  # ?rc n
rows = "\n".join(events).splitlines()  # ?rc rows
del rows
m = gc.collect()  # ?rc m
cyc = events[1].split(":")
cyc.append(cyc)
del cyc
k = gc.collect()  # ?rc k
print(tally, first, n, m, k)
