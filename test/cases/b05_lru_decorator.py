# Theme: a size-bounded memoising decorator on OrderedDict (move_to_end on a
# hit, popitem(last=False) to evict), applied to a function that builds
# report objects; evicted values are handed to an on_evict hook.
import gc
import sys
from collections import OrderedDict
from functools import wraps


def lru(maxsize, on_evict=None):
    def decorate(func):
        store = OrderedDict()

        @wraps(func)
        def wrapper(*args):
            if args in store:
                store.move_to_end(args)
                return store[args]
            result = func(*args)
            store[args] = result
            if len(store) > maxsize:
                _, old = store.popitem(last=False)
                if on_evict is not None:
                    on_evict(old)
            return result

        wrapper.store = store
        return wrapper
    return decorate


class Report:
    def __init__(self, region, year):
        self.region = region
        self.year = year
        self.rows = [year * 1.5, year * 2.5]


evicted = []


@lru(2, on_evict=evicted.append)
def build_report(region, year):
    return Report(region, year)


r1 = build_report("north", 2021)  # ?rc r1
r1b = build_report("north", 2021)  # ?rc r1
r2 = build_report("south", 2022)  # ?rc r2
key = next(iter(build_report.store))  # ?rc key
r3 = build_report("east", 2023)  # ?rc r1 r2 r3 key
again = build_report("north", 2021)  # ?rc again r1 r2
print(again is r1, len(evicted))
store = build_report.store  # ?rc store
rows = r3.rows  # ?rc rows
store.clear()  # ?rc again r1 r2 r3
del r1b  # ?rc r1
evicted.clear()  # ?rc r1 r2
print(sys.getrefcount(build_report))
del build_report  # ?rc store
print(gc.collect())  # no cycle: the wrapper, its cells and dict go at once
