# Complex numbers: constants the compiler folds (`3 + 4j` is one constant, `-2j` is (-0-2j)),
# arithmetic that makes a new complex each time, `+c` and complex(c) giving c itself, .real /
# .imag as new floats, equality and hashing by value, and the errors complex raises.
import gc


def roots(a, b, c):
    disc = b * b - 4 * a * c
    root = disc ** 0.5
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


z = 3 + 4j  # ?rc z
w = 3 + 4j  # ?rc z w
n = -2j  # ?rc n
p = z * w  # ?rc p z
q = z + 1  # ?rc q z
same = +z  # ?rc same z
copy = complex(z)  # ?rc copy z
made = complex(3, 4)  # ?rc made z
eq = made == z  # ?rc eq
table = {z: "z", 1 + 0j: "one"}  # ?rc table z
hit = table[made]  # ?rc hit
one = table[1]  # ?rc one
re = z.real  # ?rc re z
im = z.imag  # ?rc im
size = abs(z)  # ?rc size
flipped = z.conjugate()  # ?rc flipped z
points = [complex(i, -i) for i in range(3)]  # ?rc points
far = [pt for pt in points if abs(pt) > 1]  # ?rc far points
r1, r2 = roots(1, 2, 5)  # ?rc r1 r2
box = []
try:
    box.append(z // 2)
except TypeError as e:
    err = e  # ?rc err box
try:
    box.append(z / 0)
except ZeroDivisionError as e:
    zerr = e  # ?rc zerr box
try:
    box.append(z < w)
except TypeError:
    box.append(z)  # ?rc box z
if z:
    box.append(w)  # ?rc box w
grid = [[complex(x, y) for x in range(2)] for y in range(2)]  # ?rc grid
grid[0].append(grid)
del grid
n_collected = gc.collect()  # ?gc n_collected
total = sum(points, 0j)  # ?rc total points
