# Slice objects are GC containers, tracked from creation whatever their parts
# (ints, floats, lists): a cycle through one is collected with it.
import gc

page = slice(0, 50)
table = [page]
table.append(table)
del table, page
print(gc.collect())

rows = [1.5, 2.5]
window = slice(rows, None, 2)
holder = [window]
holder.append(holder)
del holder, window, rows
print(gc.collect())

cuts = {"head": slice(None, 3), "tail": slice(-3, None)}
cuts["self"] = cuts
del cuts
print(gc.collect())

pair = (slice(1, 2), slice(3, 4))
print(gc.collect())
keep = [pair, pair]
keep.append(keep)  # ?rc pair keep
del keep, pair
print(gc.collect())

data = [10.5, 20.5, 30.5, 40.5]
step = slice(1, None, 2)
odd = data[step]  # ?rc step odd
box = [step, odd]
box.append(box)
del box, step, odd
print(gc.collect())
