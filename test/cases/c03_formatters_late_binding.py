# Theme: building per-row formatters in a loop. Closures capture the loop
# variable's cell, not its value, so all of them see the last row (late
# binding); a default argument freezes the value instead. A nonlocal counter
# lives in one cell shared by the closures made in the same call.
import gc


class Row:
    def __init__(self, cells):
        self.cells = cells


def make_formatters(rows):
    late, bound = [], []
    for row in rows:
        late.append(lambda: row.cells)
        bound.append(lambda r=row: r.cells)
    last = row  # ?rc last
    return late, bound


def make_counter(start):
    count = start

    def bump(step):
        nonlocal count
        count = count + step
        return count

    def peek():
        return count
    return bump, peek


rows = [Row([i * 1.5]) for i in range(3)]  # ?rc rows
r0, r1, r2 = rows  # ?rc r0 r2
late, bound = make_formatters(rows)  # ?rc r0 r1 r2 late bound
same = late[0]() is late[2]()  # ?rc r2
del rows  # ?rc r0 r2
late.clear()  # ?rc r2 -- the shared cell was the other holder
bump, peek = make_counter(10 ** 6)  # ?rc bump peek
total = bump(10 ** 6)  # ?rc total
seen = peek()  # ?rc total seen
bump(7)  # ?rc total
cell = peek.__closure__[0]  # ?rc cell
print(gc.collect())
bound.pop()  # ?rc r2 r1
del bump, peek  # ?rc cell
