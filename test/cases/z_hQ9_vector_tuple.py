# Theme: an immutable 2-D vector written as a tuple subclass with
# __slots__ = (): __new__ through super(), __repr__ / __add__ / __eq__ /
# __hash__ of its own, a classmethod constructor, vectors as dict keys and
# in a list of a polyline, and a subclass of the vector adding a method.
import gc


class Vec(tuple):
    __slots__ = ()

    def __new__(cls, x=0, y=0):
        return super().__new__(cls, (x, y))

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    def __repr__(self):
        return "Vec(%r, %r)" % (self[0], self[1])

    def __add__(self, other):
        return Vec(self[0] + other[0], self[1] + other[1])

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def norm1(self):
        return abs(self[0]) + abs(self[1])


class Named(Vec):
    __slots__ = ()

    def label(self):
        return "%s@%r" % (type(self).__name__, self)


zero = Vec()  # ?rc zero
unit = Vec(1, 0)  # ?rc unit
half = Vec.from_pair((0.5, 0.25))  # ?rc half
total = unit + half  # ?rc total
text = repr(total)  # ?rc text
same = unit == Vec(1, 0)  # ?rc unit
seen = {unit: "east", half: "somewhere"}  # ?rc unit half seen
path = [zero, unit, total, unit]  # ?rc unit path
k = Named(3, 4)  # ?rc k
lab = k.label()  # ?rc lab k
xs = [v[0] for v in path]  # ?rc xs unit
first, second = k  # ?rc first second k
del path, seen  # ?rc unit half
owner = Vec([], [])
owner[0].append(owner)  # ?rc owner
del owner
print(gc.collect())
del unit, half, total, k  # ?rc zero
print(gc.collect())
