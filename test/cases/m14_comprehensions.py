# Comprehension temporaries: list, dict and set comprehensions build new
# containers; their loop variables are gone after the comprehension, but
# the elements are now referenced by the result.
import gc


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


gc.collect()
base = [Point(i * 0.5, 1.5) for i in range(3)]  # ?rc base
p0 = base[0]  # ?rc p0
copies = [p for p in base]  # ?rc copies p0
doubled = [p for p in base for _ in range(2)]  # ?rc p0 doubled
by_x = {p.x: p for p in base}  # ?rc by_x p0
uniq = {p0 for _ in range(5)}  # ?rc uniq p0
pairs = [(p, p) for p in base]  # ?rc pairs p0
one_pair = pairs[0]  # ?rc one_pair
total = sum(p.x for p in base)  # ?rc total
del copies  # ?rc p0
del doubled  # ?rc p0
del by_x, uniq  # ?rc p0
del pairs  # ?rc one_pair p0
del one_pair  # ?rc p0


def scale(points, k):
    scaled = [Point(p.x * k, p.y * k) for p in points]  # ?rc scaled
    biggest = max(scaled, key=lambda q: q.x)  # ?rc biggest
    return biggest


big = scale(base, 3)  # ?rc big
big2 = scale(base, 4)  # ?rc big big2
nested = [[p0] * 3 for _ in range(2)]  # ?rc nested p0
flat = [q for row in nested for q in row]  # ?rc flat p0
del nested, flat  # ?rc p0
print(gc.collect())
loops = [[] for _ in range(3)]
for lst in loops:
    lst.append(lst)  # ?rc lst
del lst
loops = [len(x) for x in loops]  # ?rc loops
print(gc.collect())  # three self-holding lists
