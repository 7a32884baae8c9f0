# Theme: a loop over records whose test the program cannot decide (an environment value among
# them): the records after the undecided rounds are still what the loop name ends up holding,
# and what the body stores
import gc
import os


class Record:
    def __init__(self, name, payload):
        self.name = name
        self.payload = payload


first = Record("a", [1])
second = Record("b", [2])
last = Record("z", [3])
home = os.environ.get("HOME")
batch = [first, home, second, last]  # ?rc first last
kept = []
for rec in batch:
    if rec:
        kept.append(rec)
print(len(kept))  # ?rc last second
del kept
print(gc.collect())  # ?rc last
rec = None
print(gc.collect())  # ?rc last first
