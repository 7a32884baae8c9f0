# Theme: scaling a recipe with fractions.Fraction: scaled amounts are new
# Fractions, limit_denominator rounds to kitchen units, statistics.mean
# of Fractions, and a table of ingredients regrouped and dropped.
import statistics
from fractions import Fraction

recipe = {"flour": Fraction(9, 4), "sugar": Fraction(2, 3), "butter": Fraction(1, 2)}  # ?rc recipe
flour = recipe["flour"]  # ?rc flour
factor = Fraction(5, 3)  # ?rc factor
scaled = {k: v * factor for k, v in recipe.items()}  # ?rc scaled factor
big_flour = scaled["flour"]  # ?rc big_flour
approx = big_flour.limit_denominator(4)  # ?rc approx
same = flour.limit_denominator(8)  # ?rc same flour -- already within: itself?
copy = Fraction(flour)  # ?rc copy flour
total = sum(scaled.values())  # ?rc total
avg = statistics.mean(scaled.values())  # ?rc avg
ratio = big_flour / total  # ?rc ratio
as_float = float(ratio)  # ?rc as_float
cups = {k: v.limit_denominator(3) for k, v in scaled.items()}  # ?rc cups
butter_cups = cups["butter"]  # ?rc butter_cups
pairs = sorted(scaled.items(), key=lambda kv: kv[1])  # ?rc pairs
smallest = pairs[0]  # ?rc smallest
del scaled  # ?rc big_flour smallest
del pairs  # ?rc smallest
del recipe  # ?rc flour same copy
print(approx, total, avg, as_float, smallest)
