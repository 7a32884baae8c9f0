# Theme: fractions.Fraction values computed: every result is a new instance
# (a tracked object holding its two ints), compared and hashed by value.
import gc
from fractions import Fraction


class Share:
    def __init__(self, name, part):
        self.name = name
        self.part = part


third = Fraction(1, 3)  # ?rc third
sixth = Fraction("1/6")  # ?rc sixth
half = third + sixth  # ?rc half
same = Fraction(half)  # ?rc same half
neg = -half  # ?rc neg
dbl = half * 2  # ?rc dbl
big = Fraction(7, 3) * 1000  # ?rc big
num = big.numerator  # ?rc num
as_float = half + 0.25  # ?rc as_float
cmp = third < half  # ?rc cmp
shares = [Share("north side", half), Share("south side", third)]  # ?rc shares
shares.sort(key=lambda s: s.part)  # ?rc shares
small = shares[0]  # ?rc small
table = {half: "a half!"}  # ?rc table
found = table[0.5]  # ?rc found
pair = [Fraction(2, 5), Fraction(3, 5)]
pair.append(pair)
del pair
print(gc.collect())
print(num, as_float, small.name, found, same)
