# Theme: a 2-D vector value class with __slots__ and operator overloading
# (__add__, __mul__, __eq__, __hash__, __len__, __getitem__). Every
# operation returns a new vector; equal vectors collapse in a set.
import gc
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


ox = 0.5 * 3  # ?rc ox
a = Vec(ox, 2.5)  # ?rc a ox
b = Vec(1.25, ox)  # ?rc b ox
c = a + b  # ?rc a b c
d = c * 2  # ?rc c d
first = a[0]  # ?rc first ox
x, y = b  # ?rc x y b
seen = {a, Vec(ox, 2.5), b}  # ?rc a b
print(len(seen), Vec(ox, 2.5) in seen)
path = [a]
for step in range(3):
    path.append(path[-1] + b)  # ?rc b
last = path[-1]  # ?rc last
del seen  # ?rc a b
print(sys.getrefcount(ox))
del path  # ?rc a last
print(f"{last!r}", gc.collect())
