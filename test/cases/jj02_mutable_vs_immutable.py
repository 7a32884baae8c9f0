# Theme: mutable vs immutable. "Changing" a tuple or a string makes a new
# object and rebinds the name; changing a list happens in place, so every
# alias sees it. A tuple holding a list is immutable only on the surface.
import sys

scores = [88.5, 92.5]  # ?rc scores
frozen = (scores, 77.5)  # ?rc scores
before = frozen  # ?rc frozen
frozen += (65.5,)  # ?rc frozen before
print(frozen is before, len(frozen), len(before))

inner = frozen[0]  # ?rc inner
inner.append(99.5)  # ?rc scores
print(before[0] is frozen[0])

label = "score list: " + str(len(scores))  # ?rc label
old_label = label  # ?rc label
label += "!"  # ?rc old_label
print(sys.getrefcount(old_label))

counter = 10 ** 6
snapshot = counter  # ?rc counter snapshot
counter += 1  # ?rc snapshot

grid = [scores, scores]  # ?rc scores
row = grid[1]  # ?rc scores row
row += [100.5]  # ?rc scores grid
print(scores is row, len(scores))

t1 = tuple(scores)  # ?rc t1
t2 = tuple(t1)  # ?rc t1 t2 -- tuple(tuple) is the same object
l2 = list(scores)  # ?rc l2
del frozen, before  # ?rc scores inner
