# Theme: loops that rebind, accumulate and drop objects.
class Cell:
    def __init__(self, v):
        self.v = v

cells = []
for i in range(4):
    cell = Cell(i)
    cells.append(cell)  # ?rc cell
last = cells[-1]  # ?rc last cell
del cell  # ?rc last
total = 0
for c in cells:
    total += c.v
del c  # ?rc last cells
while cells:
    gone = cells.pop()  # ?rc gone
del gone  # ?rc last
keep = {}
for k in ("a", "b"):
    keep[k] = last  # ?rc last keep
