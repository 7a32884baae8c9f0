# Vector and matrix classes with operator overloading.
import sys


class Vector:
    def __init__(self, *components: float):
        self.components = list(components)
    def __len__(self) -> int:
        return len(self.components)
    def __getitem__(self, i: int) -> float:
        return self.components[i]
    def __iter__(self):
        return iter(self.components)
    def __add__(self, other: "Vector") -> "Vector":
        return Vector(*(a + b for a, b in zip(self, other)))
    def __mul__(self, k: float) -> "Vector":
        return Vector(*(a * k for a in self))
    def __eq__(self, other) -> bool:
        return isinstance(other, Vector) and self.components == other.components
    def __repr__(self) -> str:
        return f"Vector({', '.join(map(str, self.components))})"


class Matrix:
    def __init__(self, rows: list):
        self.rows = [Vector(*r) for r in rows]
    def __matmul__(self, v: Vector) -> Vector:
        out = [sum(a * b for a, b in zip(row, v)) for row in self.rows]
        res = Vector(*out)  # ?rc res out
        return res
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]


x = 1.5 * 2  # ?rc x
u = Vector(x, 2.5 * 2)  # ?rc u x
v = Vector(0.5 * 3, x)  # ?rc v x
w = u + v  # ?rc w u v
s = u * 2.0  # ?rc s u
eq = u == Vector(x, 2.5 * 2)  # ?rc u x
first = u[0]  # ?rc first x
n = len(u)
comps = list(u)  # ?rc comps x
it = iter(v)  # ?rc it v
a0 = next(it)  # ?rc a0 it
m = Matrix([[1.5, 0.5], [0.25, 2.0]])  # ?rc m
row0 = m.rows[0]  # ?rc row0 m
r = m @ u  # ?rc r u
cell = m[1, 0]  # ?rc cell
total = Vector(0.0, 0.0)
for vec in (u, v, w):
    total = total + vec  # ?rc total vec
del it  # ?rc v
print(sys.getrefcount(x))
print(sys.getrefcount(u))


class Vec2(Vector):
    def __iadd__(self, other):
        self.components = [a + b for a, b in zip(self, other)]
        return self
    def __neg__(self):
        return Vec2(*(-a for a in self))
    def __contains__(self, x):
        return x in self.components


acc = Vec2(0.5 * 1, 0.5 * 1)  # ?rc acc
acc += u  # ?rc acc u
neg = -acc  # ?rc neg acc
has = x in u  # ?rc x u
rev = list(reversed(u.components))  # ?rc rev x


class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return Vector(1.5 * self.n)


cd = Countdown(3)  # ?rc cd
for item in cd:
    kept = item  # ?rc item
ok = u == v == w  # ?rc u v
lt = u.components < v.components
f = f"{u!r} and {v}"  # ?rc u
a1, a2 = u  # ?rc a1 x
tup = tuple(u)  # ?rc tup x
best = max(u)  # ?rc best
rv = list(reversed(u))  # ?rc rv x
