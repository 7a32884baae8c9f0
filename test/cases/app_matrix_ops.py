# Theme: a small matrix class with operator overloading: __add__/__mul__
# build new matrices of new rows, __getitem__ returns shared rows, an
# identity cache keeps matrices alive, transposition with zip.
import gc
import sys


class Matrix:
    _identity = {}

    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    def __getitem__(self, i):
        return self.rows[i]

    def transpose(self):
        return Matrix(zip(*self.rows))

    @classmethod
    def identity(cls, n):
        if n not in cls._identity:
            cls._identity[n] = cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])
        ident = cls._identity[n]  # ?rc ident
        return ident


m = Matrix([[1.5, 2.5], [3.5, 4.5]])  # ?rc m
row0 = m[0]  # ?rc row0
s = m + m  # ?rc m s
t = s * 2.0  # ?rc s t
tr = t.transpose()  # ?rc tr
i2 = Matrix.identity(2)  # ?rc i2
i2b = Matrix.identity(2)  # ?rc i2 i2b
total = m + i2  # ?rc i2 total
print(sys.getrefcount(row0))
cell = row0[1]  # ?rc cell
del m  # ?rc row0
rows = tr.rows  # ?rc rows
del tr  # ?rc rows
print(gc.collect())
del i2, i2b  # ?rc rows
