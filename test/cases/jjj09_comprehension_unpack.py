# Theme: comprehensions and starred unpacking: new containers referencing
# the same elements, nested loops, dict/set comprehensions, swaps.


class Cell:
    def __init__(self, v):
        self.v = v


def split(seq):
    first, *middle, last = seq  # ?rc first last middle
    return middle


cells = [Cell(i) for i in range(4)]  # ?rc cells
c0 = cells[0]  # ?rc c0
c3 = cells[3]  # ?rc c3
doubled = [c for c in cells for _ in range(2)]  # ?rc c0 doubled
by_val = {c.v: c for c in cells}  # ?rc c0 c3 by_val
mid = split(cells)  # ?rc c0 c3 mid
a, b, *others = mid + [c3]  # ?rc c3 others
a, b = b, a  # ?rc a b
nested = [[c, c0] for c in cells[:2]]  # ?rc c0 nested
flat = [*cells, *mid]  # ?rc c0 c3 flat
del doubled  # ?rc c0
pairs = list(zip(cells, cells[1:]))  # ?rc c0 c3 pairs
for left, right in pairs:
    gap = right.v - left.v  # ?rc left right
del pairs, left, right  # ?rc c0 c3
merged = {**by_val, 9: c0}  # ?rc c0 merged
by_val.clear()  # ?rc c0 c3
del nested, flat, merged  # ?rc c0 c3
cells = None  # ?rc c0 c3 mid


def scan(rows):
    hits = [last := r for r in rows if r is not None]  # ?rc last hits
    for head, *rest in [rows, rows[::-1]]:
        size = len(rest)  # ?rc head rest
    best = max(rows, key=lambda c: c.v)  # ?rc best
    return best


top = scan([c0, c3])  # ?rc c0 c3 top
