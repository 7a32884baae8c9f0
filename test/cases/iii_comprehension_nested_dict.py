# Theme: nested comprehensions building dicts of lists that share elements;
# comprehension variables do not leak (3.12+ inlined, still not bound).
import sys


class Cell:
    pass


cells = [Cell() for _ in range(3)]  # ?rc cells
c0 = cells[0]  # ?rc c0
grid = {i: [c for c in cells if c is not c0] for i in range(2)}  # ?rc c0 grid
c1 = cells[1]  # ?rc c1
pairs = [(a, b) for a in cells[:2] for b in cells[:2] if a is not b]  # ?rc c0 c1
flat = {c for row in grid.values() for c in row}  # ?rc c1
print(sys.getrefcount(c1))
del grid  # ?rc c1
del pairs, flat  # ?rc c0 c1
gen_sum = sum(1 for c in cells)  # ?rc c0
