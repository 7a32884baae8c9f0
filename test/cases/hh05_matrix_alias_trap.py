# Theme: matrices as nested lists: the [[0]*n]*m aliasing trap next to the
# correct comprehension, row swaps by tuple assignment, transpose and a
# hand-written multiplication with three nested loops.


def zeros(m, n):
    return [[0.0] * n for _ in range(m)]


def multiply(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    result = zeros(rows, cols)
    for i in range(rows):
        row = result[i]  # ?rc row
        for j in range(cols):
            acc = 0.0
            for k in range(inner):
                acc += a[i][k] * b[k][j]
            row[j] = acc
    return result


bad = [[0.0] * 3] * 3  # ?rc bad
r0 = bad[0]  # ?rc r0
bad[1][1] = 5.5  # ?rc r0
good = zeros(3, 3)  # ?rc good
g0 = good[0]  # ?rc g0
good[1][1] = 5.5
identity = zeros(3, 3)
for i in range(3):
    identity[i][i] = 1.0
a = [[1.5, 2.5, 3.5], [4.5, 5.5, 6.5], [7.5, 8.5, 9.5]]  # ?rc a
a0 = a[0]  # ?rc a0
a[0], a[2] = a[2], a[0]  # ?rc a0
prod = multiply(a, identity)  # ?rc prod a0
t = [list(col) for col in zip(*a)]  # ?rc t a0
x = t[0][0]  # ?rc x
y = a[2][0]  # ?rc y x
del a  # ?rc a0 y
del bad  # ?rc r0
