# Fraction(n) of an exact int keeps n itself as its numerator: n's count is one higher while the
# Fraction lives and `f.numerator is n`; operations that may share it (`+f`, Fraction(f)) open it.
from fractions import Fraction

big = 10 ** 30 + int("7")  # ?rc big
fr = Fraction(big)  # ?rc big fr
num = fr.numerator  # ?rc big num
same = num is big  # ?rc same
del fr  # ?rc big num
third = Fraction(big, 3)  # ?rc big third
half = Fraction(1, 2)  # ?rc half
total = half + third  # ?rc total big
other = Fraction(big)  # ?rc big other
pos = +other  # ?rc pos big
copy = Fraction(other)  # ?rc copy
del other, pos, copy
after = [big]  # ?rc after big
