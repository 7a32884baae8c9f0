# Theme: inspecting a suspended generator's state while it holds objects:
# inspect.getgeneratorlocals() and gi_frame, then finishing and closing it
# (the frame lets go of the argument and the loop variable).
import inspect


class Row:
    def __init__(self, n):
        self.n = n


def walk(rows):
    total = 0.0
    for r in rows:
        total += r.n
        yield r


rows = [Row(1.5), Row(2.5)]  # ?rc rows
r0 = rows[0]  # ?rc r0
g = walk(rows)  # ?rc rows
next(g)  # ?rc r0 rows
loc = inspect.getgeneratorlocals(g)  # ?rc r0 loc
del loc  # ?rc r0
fr = g.gi_frame  # ?rc fr
del fr  # ?rc r0
state = inspect.getgeneratorstate(g)  # ?rc r0
next(g)  # ?rc r0
g.close()  # ?rc r0 rows
g2 = walk(rows)
first = next(g2)  # ?rc first
del g2  # ?rc first rows
