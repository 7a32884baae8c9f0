# itertools.takewhile / dropwhile: what each object holds between steps, and which item
# the first false predicate answer drops (takewhile) or hands on (dropwhile).
import itertools


class Reading:
    def __init__(self, unit, value):
        self.unit = unit
        self.value = value


def is_celsius(r):
    return r.unit == "C"


rows = [Reading("C", 1.5), Reading("C", 2.5), Reading("F", 70.0), Reading("C", 3.5)]  # ?rc rows
first_f = rows[2]  # ?rc first_f
src = iter(rows)  # ?rc src
tw = itertools.takewhile(is_celsius, src)  # ?rc tw src
head = next(tw)  # ?rc head tw
more = list(tw)  # ?rc more first_f head
left = list(src)  # ?rc left first_f src
done = list(tw)  # ?rc done src
del tw  # ?rc src first_f

dw = itertools.dropwhile(is_celsius, iter(rows))  # ?rc dw
start = next(dw)  # ?rc start first_f dw
tail = list(dw)  # ?rc tail start
del dw, start  # ?rc first_f tail

cycle_probe = itertools.takewhile(lambda r: r.value < 3.0, rows)  # ?rc cycle_probe
kept = [r for r in cycle_probe]  # ?rc kept rows
del cycle_probe  # ?rc kept
rest_c = [r for r in itertools.dropwhile(is_celsius, rows) if r.unit == "C"]  # ?rc rest_c rows
