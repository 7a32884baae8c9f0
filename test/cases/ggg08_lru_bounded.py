# Theme: functools.lru_cache with a small maxsize. The cache keeps results
# (and the argument keys) alive; least recently used entries are evicted, and
# cache_clear() drops everything. cache_info() returns a fresh named tuple.
import functools


class Shape:
    def __init__(self, sides):
        self.sides = sides


@functools.lru_cache(maxsize=3)
def polygon(sides):
    return Shape(sides)


@functools.lru_cache(maxsize=None)
def label_for(shape_name, suffix=" (cached)"):
    return [shape_name + suffix]


tri = polygon(3)  # ?rc tri
tri2 = polygon(3)  # ?rc tri
sq = polygon(4)  # ?rc sq
pent = polygon(5)  # ?rc pent
hexa = polygon(6)  # ?rc tri hexa -- tri evicted (3 was least recent)
info = polygon.cache_info()  # ?rc info
print(info)
polygon(4)  # ?rc sq
polygon(7)  # ?rc pent sq
del tri2
for n in range(10, 14):
    shp = polygon(n)  # ?rc shp
print(polygon.cache_info())
del shp
polygon.cache_clear()  # ?rc sq hexa
lab = label_for("triangle shape")  # ?rc lab
lab2 = label_for("triangle shape")  # ?rc lab
lab3 = label_for("triangle shape", suffix=" (again)")  # ?rc lab3
stats = label_for.cache_info()  # ?rc stats
del lab2, lab3  # ?rc lab
label_for.cache_clear()  # ?rc lab
wrapped = polygon.__wrapped__  # ?rc wrapped
fresh = wrapped(8)  # ?rc fresh
