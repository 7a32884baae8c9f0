# Theme: matrices as lists of lists: identity, transpose with zip(*m),
# multiplication with nested comprehensions, a deep-enough copy with
# [row[:] for row in m], and the [[0.0] * n] * n aliasing mistake.


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


a = [[1.5, 2.5], [3.5, 4.5]]  # ?rc a
row0 = a[0]  # ?rc row0
eye = identity(2)  # ?rc eye
prod = matmul(a, eye)  # ?rc prod a row0
t = transpose(a)  # ?rc t row0
copy = [row[:] for row in a]  # ?rc copy row0
shallow = a[:]  # ?rc shallow row0
copy[0][0] = 99.5  # ?rc row0
bad = [[0.0] * 2] * 3  # ?rc bad
bad_row = bad[0]  # ?rc bad_row
bad[1][0] = 7.25  # ?rc bad_row
good = [[0.0] * 2 for _ in range(3)]  # ?rc good
good_row = good[0]  # ?rc good_row
del a  # ?rc row0 shallow
del shallow  # ?rc row0
del bad  # ?rc bad_row
