# Complex constants the compiler folds and merges: equal folded values are one object per file,
# a zero part's sign keeps two constants apart, a tuple of complex constants is itself a constant.
import sys


def f():
    a = 3 + 4j
    b = -4j
    c = 0 - 4j
    return a, b, c


def g():
    return (1 + 2j) * (3 - 1j), 2j ** 2, 1j / 2


m = 3 + 4j  # ?rc m
a, b, c = f()  # ?rc m a b c
neg = -4j  # ?rc neg b
prod, sq, half = g()  # ?rc prod sq half
pair = (1j, 2j)  # ?rc pair
keys = {1 + 0j: "a", 2.5 + 0j: "b", 1j: "c"}  # ?rc keys
x = keys[1]  # ?rc x
y = keys[2.5]  # ?rc y
z = keys.get(0 + 1j)  # ?rc z
big = 10 ** 400
try:
    huge = big * 1j
except OverflowError as err:
    caught = err  # ?rc caught
try:
    zero = 0j ** -1
except ZeroDivisionError as err:
    caught2 = err  # ?rc caught2
print(sys.getrefcount(m), sys.getrefcount(sq))
lst = [m, a, sq]  # ?rc lst m sq
try:
    inf = 0 ** -1
except ZeroDivisionError as err:
    caught3 = err  # ?rc caught3
try:
    inf2 = 0.0 ** -2
except ZeroDivisionError as err:
    caught4 = err  # ?rc caught4
try:
    inf3 = 10.0 ** 400
except OverflowError as err:
    caught5 = err  # ?rc caught5
root = (-8) ** (1 / 3)  # ?rc root
