# Theme: sys.getrefcount() printed directly on mortal and immortal objects.
# From 3.12 None, True, small ints and () are immortal, so piling up
# references to them changes nothing; big ints and run-time strings count.
import sys


def count_inside(obj):
    return sys.getrefcount(obj)


flags = [True] * 100  # ?rc flags
print(sys.getrefcount(True))
zeros = [0] * 10
print(sys.getrefcount(0))
big = int("123456789012345678901234")  # ?rc big
print(sys.getrefcount(big))
copies = [big] * 5  # ?rc big copies
print(sys.getrefcount(big))
print(count_inside(big))
small = int("7")  # ?rc small
word = "".join(["not ", "interned"])  # ?rc word
print(sys.getrefcount(word))
holder = {"w": word, "b": big}  # ?rc word big holder
print(count_inside(holder))
del copies  # ?rc big
print(sys.getrefcount(None))
