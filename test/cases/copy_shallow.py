# copy.copy of lists, dicts, tuples and plain instances (whose __dict__ the
# copy materialises), then the collector on the rooms left in a cycle.
import copy
import gc


class Room:
    def __init__(self, title):
        self.title = title
        self.exits = {}


class Empty:
    pass


hall = Room("Great Hall")
cave = Room("Dark Cave")
hall.exits["n"] = cave
cave.exits["s"] = hall
snap = copy.copy(hall)  # ?rc hall cave snap
ex = snap.exits  # ?rc ex
items = [hall, cave]
dup = copy.copy(items)  # ?rc items dup hall
d2 = copy.copy(hall.exits)  # ?rc d2 cave
e = Empty()
e2 = copy.copy(e)  # ?rc e e2
t = (hall, 1.5)
t2 = copy.copy(t)  # ?rc t t2
del snap, dup, d2, ex, items, t, t2
del hall, cave
n = gc.collect()
print(n)
