# Matrix class with operator overloading: +, *, indexing, iteration, equality and hashing.
import gc


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]))  # ?rc self

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value  # ?rc value

    def __iter__(self):
        for row in self.rows:
            yield tuple(row)

    def __add__(self, other):
        out = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)]  # ?rc out
        return Matrix(out)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        cols = list(zip(*other.rows))  # ?rc cols
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __hash__(self):
        return hash(tuple(tuple(r) for r in self.rows))

    def transpose(self):
        t = Matrix(zip(*self.rows))  # ?rc t
        return t


m = Matrix([[1.5, 2.5], [3.5, 4.5]])  # ?rc m
ident = Matrix.identity(2)  # ?rc ident
prod = m * ident  # ?rc prod m
same = prod == m
total = m + prod  # ?rc total
scaled = total * 0.5  # ?rc scaled
cache = {m: "first matrix!", scaled: "scaled matrix!"}  # ?rc cache m scaled
hit = cache[prod]  # ?rc hit
rows = list(m)  # ?rc rows
row0 = rows[0]  # ?rc row0
cell = m[1, 1] * 2  # ?rc cell
big = Matrix([[10.5 ** 3, 0.25]] * 2)  # ?rc big
m[0, 0] = cell  # ?rc cell
tr = m.transpose()  # ?rc tr
it = iter(tr)  # ?rc it tr
first = next(it)  # ?rc first
print(same, hit, rows, tr.rows, first)
del it  # ?rc tr
n = gc.collect()
it = iter(tr)
next(it)
tr.gen = it  # ?rc tr it
del it, tr
n = gc.collect()
del cache  # ?rc m scaled
n = gc.collect()
print(n)
