# Theme: tuple and star unpacking. Star targets build new lists; a swap goes
# through the stack, not a lasting tuple; nested targets in for-loops.
class Item:
    pass


a, b, c, d = Item(), Item(), Item(), Item()
row = (a, b, c, d)  # ?rc a row
head, *rest = row  # ?rc a b rest
*init, last = rest  # ?rc b d init last
a, b = b, a  # ?rc a b
pairs = [(a, [b, c]), (c, [d])]  # ?rc pairs
for key, (first, *more) in pairs:
    seen = key  # ?rc key first more
x, (y, z) = pairs[0]  # ?rc x y z
del pairs  # ?rc x z
merged = [*rest, *init]  # ?rc merged c
combo = {**{"k1!": a}, "k2!": b}  # ?rc combo a
del row, head, rest, init  # ?rc a b c


def split(seq):
    first, *middle, final = seq
    return middle  # nothing else holds the middle list


mid = split([a, b, c, d])  # ?rc mid b
