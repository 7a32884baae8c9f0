# sys.getrefcount on ints beyond the small-int cache, interned vs computed
# strings, bound methods and modules.
import sys
import json


class Meter:
    def read(self):
        return 1


big = 10 ** 6  # ?rc big
print(sys.getrefcount(big))
other = 1000 * 1000  # folded to the same constant? a separate one
print(sys.getrefcount(other))
computed = int("7" * 12)  # ?rc computed
print(sys.getrefcount(computed))
words = "-".join(["many", "words"])  # ?rc words
print(sys.getrefcount(words))
lit = "not an identifier at all"  # ?rc lit
print(sys.getrefcount(lit))
m = Meter()  # ?rc m
print(sys.getrefcount(m.read))  # a fresh bound method each time
bound = m.read  # ?rc bound m
print(sys.getrefcount(bound))
mods = [json, json]  # ?rc mods
print(sys.getrefcount(json))  # sys.modules, name, list twice, arg
big2 = big  # ?rc big big2
del big  # ?rc big2
