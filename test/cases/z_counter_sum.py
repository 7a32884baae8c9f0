# Theme: sum() with a start that is not a number (Counter, Fraction) adds step by step,
# each step a new object; unary + and - on a Counter make new Counters.
from collections import Counter
from fractions import Fraction

a = Counter({"red pen": 1200, "blue pen": -300})  # ?rc a
b = Counter({"red pen": 5000})  # ?rc b
start = Counter()  # ?rc start
total = sum([a, b], start)  # ?rc total a b start
same = sum([], start)  # ?rc same start
one = sum([b], Counter())  # ?rc one b
pos = +a  # ?rc pos a
neg = -a  # ?rc neg a
red = pos["red pen"]  # ?rc red
blue = neg["blue pen"]  # ?rc blue
thirds = sum([Fraction(1, 3), Fraction(2, 3)], Fraction(0))  # ?rc thirds
left = a - total  # ?rc left total
del total, same, one, pos, neg, left  # ?rc a b start red blue
