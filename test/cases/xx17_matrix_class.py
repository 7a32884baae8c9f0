# Theme: a Matrix class over a list of row lists: __getitem__ with (r, c)
# tuples, __mul__, __eq__, __str__, and a row() accessor that returns the
# live row versus a copy.


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0])

    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]

    def __setitem__(self, rc, value):
        r, c = rc
        self.rows[r][c] = value

    def __mul__(self, other):
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        return "\n".join(" ".join(f"{v:6.2f}" for v in r) for r in self.rows)

    def row(self, i, copy=False):
        return self.rows[i][:] if copy else self.rows[i]


src = [[1.5, 0.5], [2.5, 1.0]]  # ?rc src
A = Matrix(src)  # ?rc A src
B = Matrix([[2.0, 0.0], [0.0, 2.0]])  # ?rc B
C = A * B  # ?rc C A B
corner = C[1, 1]  # ?rc corner
A[0, 0] = 10.0 ** 3  # ?rc A
val = A[0, 0]  # ?rc val
live = A.row(0)  # ?rc live
snap = A.row(0, copy=True)  # ?rc snap live
equal = (A * B) == C  # ?rc C
text = str(C)  # ?rc text
rows = C.rows  # ?rc rows C
del A  # ?rc live val
del C  # ?rc rows corner
