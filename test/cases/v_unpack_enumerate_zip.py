# Theme: unpacking tuples returned by functions and produced by zip and
# enumerate, swaps inside a loop, and starred unpacking of a call result.


class P:
    pass


def split(pair):
    left, right = pair
    return right, left


a, b = P(), P()  # ?rc a b
x, y = split((a, b))  # ?rc a b x y
for i, item in enumerate([a, b]):
    cur = item  # ?rc item
for left, right in zip([a, b], [b, a]):
    tmp = left  # ?rc a b
del x, y, cur, tmp, item, left, right  # ?rc a b
head, *rest = split((a, b))  # ?rc a b rest
lo, hi = a, b
n = 0
while n < 3:
    lo, hi = hi, lo  # ?rc a b
    n += 1
pairs = list(zip([a, a], [b, b]))  # ?rc a b pairs
numbered = list(enumerate([a, b, a]))  # ?rc a numbered
del pairs, numbered, head, rest  # ?rc a b
