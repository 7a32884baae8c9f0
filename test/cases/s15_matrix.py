# Theme: a small Matrix class with operator overloading. __add__, __mul__
# and transpose return new objects; rows are lists of floats; a chain of
# operations creates and drops temporaries.
import gc


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    def __add__(self, other):
        rows = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)]  # ?rc rows
        return Matrix(rows)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        cols = list(zip(*other.rows))  # ?rc cols
        out = []
        for r in self.rows:
            out.append([sum(a * b for a, b in zip(r, c)) for c in cols])  # ?rc out
        return Matrix(out)

    __rmul__ = __mul__

    def transpose(self):
        t = Matrix([list(c) for c in zip(*self.rows)])  # ?rc t
        return t

    def trace(self):
        total = sum(self.rows[i][i] for i in range(min(self.n, self.m)))  # ?rc total
        return total

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + "; ".join(" ".join(f"{v:g}" for v in r) for r in self.rows) + ")"


a = Matrix([[1.5, 2.0], [3.0, 4.5]])  # ?rc a
b = Matrix.identity(2)  # ?rc b
a_rows = a.rows  # ?rc a_rows
c = a + b  # ?rc c a b
d = a * b  # ?rc d
print(c, d, d == a)
e = 2 * a  # ?rc e
f = (a + b) * (a + b).transpose()  # ?rc f
tr = f.trace()  # ?rc tr
print(f, tr)
shape = f.shape  # ?rc shape
chain = a
for _ in range(3):
    chain = chain * a  # ?rc chain a
print(chain)
row0 = chain.rows[0]  # ?rc row0
cell = row0[1]  # ?rc cell
del chain  # ?rc row0 cell
mats = [a, b, c, d]  # ?rc mats a
traces = sorted(mats, key=lambda m: m.trace())  # ?rc traces
del mats  # ?rc a traces
del traces  # ?rc a b
del a  # ?rc a_rows
print(gc.collect())  # nothing cyclic
