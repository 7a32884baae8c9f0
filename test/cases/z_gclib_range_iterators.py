# Range iterators, forward (iter(range)) and backward (reversed(range)), are not
# GC objects: a cycle holding one frees only its own containers, and a tuple
# holding one is untracked by a collection.
import gc

countdown = reversed(range(10))
box = [countdown]
box.append(box)
del box, countdown
print(gc.collect())

ticks = iter(range(3, 30, 3))
first = next(ticks)
huge = reversed(range(10 ** 20, 10 ** 20 + 5))
box = [ticks, huge, [1.5]]
box.append(box)
del box, ticks, huge
print(gc.collect())

pair = (iter(range(4)), reversed(range(4)))
print(gc.collect())
keep = [pair]
keep.append(keep)  # ?rc pair keep
del keep, pair
print(gc.collect())

steps = list(reversed(range(0, 10, 2)))  # ?rc steps
print(steps)
