# Theme: a loop over a set keeps the first member it meets (or the first matching one); which one is the set's hash order
import gc


class Job:
    def __init__(self, name, size):
        self.name = name
        self.size = size


a = Job("a", 3)
b = Job("b", 5)
c = Job("c", 7)
jobs = {a, b, c}
first = None
for j in jobs:
    if first is None:
        first = j
del j
picked = True  # ?rc a b c
big = None
for j in jobs:
    if big is None and j.size > 4:
        big = j
del j
found = True  # ?rc a b c
holder = []
for j in jobs:
    if not holder:
        holder.append(j)
del j
kept = len(holder)  # ?rc a b c holder
count = 0
for j in jobs:
    count += 1
    if count == 2:
        second = j
del j
two = True  # ?rc a b c
first = big = second = None
holder.clear()
done = True  # ?rc a b c
