# Theme: which objects the cycle collector tracks at all (gc.is_tracked),
# and how many objects gc.get_referents reports for a few containers.
import gc


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Record:
    pass


gc.collect()
atoms = {"a": 1, "b": 2.5}
print("dict of atoms:", gc.is_tracked(atoms))
nested = {"a": [1, 2]}
print("dict with list:", gc.is_tracked(nested))
pair = (1.5, "x")
print("tuple:", gc.is_tracked(pair))
p = Point(1.5, 2.5)  # ?rc p
print("slots instance:", gc.is_tracked(p))
r = Record()
print("plain instance:", gc.is_tracked(r))
s = "not an identifier!"
print("str:", gc.is_tracked(s))
refs = gc.get_referents(p)  # ?rc refs p
print("referents of point:", len(refs))  # x, y and the class
del refs
items = [p, r, [p]]  # ?rc items p r
inner = items[2]  # ?rc inner p
print(len(gc.get_referents(items)), len(gc.get_referrers(inner)))
t = (items, p)  # ?rc t items p
print(len(gc.get_referents(t)))
del items, inner
print("no cycles here:", gc.collect())  # ?rc t p r
