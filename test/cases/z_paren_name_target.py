# A parenthesised name as a target, `(box) = value`, binds the name itself
# (no unpacking), in assignments, for loops and comprehensions.
class Item:
    pass


item = Item()
(box) = [item]  # ?rc box item
(other) = item  # ?rc other item
for (x) in [item, item]:
    pass
held = x  # ?rc held
ys = [(y) for (y) in (item, item)]  # ?rc ys item
(a), (b) = item, box  # ?rc a b
