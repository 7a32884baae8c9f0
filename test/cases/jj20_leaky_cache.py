# Theme: "memory leak" demos. A module-level cache and an lru_cache keep
# their arguments and results alive; clearing the cache is what releases
# them, and a bounded cache evicts the oldest entries.
import functools
import sys

_cache = {}


def expensive(key, data):
    if key not in _cache:
        _cache[key] = [x * 2.0 for x in data]  # ?rc data
    return _cache[key]


@functools.lru_cache(maxsize=2)
def parse(text):
    fields = text.split(",")  # ?rc fields
    return tuple(fields)


numbers = [1.5, 2.5]  # ?rc numbers
r1 = expensive("first key!", numbers)  # ?rc r1 numbers
r2 = expensive("first key!", numbers)  # ?rc r1 r2
line = "a b,c d,e f"  # ?rc line
p1 = parse(line)  # ?rc p1 line
p2 = parse(line)  # ?rc p1 p2 line
other = parse("x y,z w")  # ?rc other
third = parse("q r,s t")  # ?rc other third
evicted = sys.getrefcount(p1)
del p2  # ?rc p1 line
parse.cache_clear()  # ?rc other third
_cache.clear()  # ?rc r1
del r2  # ?rc r1
