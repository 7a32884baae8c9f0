# Theme: constants in a function's co_consts shared across calls; floats and
# tuples returned from a function are the same object each time.
import sys


def get_pair():
    return (1.25, "not an identifier!")


def get_float():
    x = 2.75
    return x


p1 = get_pair()  # ?rc p1
p2 = get_pair()  # ?rc p1 p2
f1 = get_float()  # ?rc f1
f2 = get_float()  # ?rc f1
same = p1 is p2
s = p1[1]  # ?rc s
print(sys.getrefcount(f1))
del p1, p2  # ?rc s
del f2  # ?rc f1
big = 10 ** 6  # ?rc big
big2 = big  # ?rc big
computed = 1.5 * 3  # ?rc computed
