# Theme: scaling a recipe with fractions.Fraction: exact quantities in a
# dict, a scale helper, functools.reduce sums, limit_denominator.
import gc
import operator
from fractions import Fraction
from functools import reduce

recipe = {
    "flour (cups)": Fraction(9, 4),
    "sugar (cups)": Fraction(2, 3),
    "butter (sticks)": Fraction(3, 2),
    "milk (cups)": Fraction(5, 8),
}  # ?rc recipe
flour = recipe["flour (cups)"]  # ?rc flour
factor = Fraction(3, 2)  # ?rc factor


def scale(amounts, k):
    out = {name: qty * k for name, qty in amounts.items()}  # ?rc out k
    return out


bigger = scale(recipe, factor)  # ?rc bigger factor
big_flour = bigger["flour (cups)"]  # ?rc big_flour flour
total = reduce(operator.add, bigger.values(), Fraction(0))  # ?rc total
as_float = float(total)  # ?rc as_float
approx = Fraction(as_float).limit_denominator(16)  # ?rc approx
third = Fraction("1/3")  # ?rc third
parts = [third] * 3  # ?rc third parts
whole = sum(parts, Fraction(0))  # ?rc whole
ratio = big_flour / flour  # ?rc ratio
same_ratio = ratio == factor
recipe["flour (cups)"] = big_flour  # ?rc flour big_flour
label = f"{big_flour.numerator}/{big_flour.denominator} cups"  # ?rc label
del bigger  # ?rc big_flour
print(total, approx, whole, same_ratio, label, gc.collect())
