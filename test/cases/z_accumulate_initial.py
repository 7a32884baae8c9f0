# Theme: itertools.accumulate(..., initial=x) gives the initial object itself first, then the running totals
from itertools import accumulate
start = 1000.0 + float(len("ab"))  # ?rc start
moves = [x / 4 for x in (100.0, -250.0, 75.0)]
m0 = moves[0]  # ?rc m0
it = accumulate(moves, initial=start)  # ?rc start it
first = next(it)  # ?rc start first
rest = list(it)  # ?rc start m0 rest
del it, first  # ?rc start
bal = list(accumulate([], initial=start))  # ?rc start bal
plain = list(accumulate(moves, initial=None))  # ?rc m0 plain
