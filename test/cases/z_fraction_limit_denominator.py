# Theme: Fraction.limit_denominator always makes a new Fraction (Fraction(self) when the denominator already fits)
from fractions import Fraction
f = Fraction(9, 4)  # ?rc f
same = f.limit_denominator(8)  # ?rc same f
approx = (f * Fraction(5, 3)).limit_denominator(4)  # ?rc approx
neg = Fraction(-7, 9).limit_denominator(4)  # ?rc neg
close = neg == Fraction(-3, 4)  # ?rc neg
big = Fraction(3, 7).limit_denominator()  # ?rc big
kept = [same, approx]  # ?rc same approx kept
