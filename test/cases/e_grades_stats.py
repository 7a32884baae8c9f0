# Theme: a gradebook: statistics.mean/median, fractions.Fraction weights,
# decimal.Decimal rounding, bisect.insort with key= and math helpers.
import bisect
import gc
import math
import statistics
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


class Student:
    def __init__(self, name, scores):
        self.name = name
        self.scores = scores
        self.avg = statistics.mean(scores)


WEIGHTS = [Fraction(1, 4), Fraction(1, 4), Fraction(1, 2)]  # ?rc WEIGHTS
CUTOFFS = [60.0, 70.0, 80.0, 90.0]  # ?rc CUTOFFS
GRADES = "FDCBA"


def weighted(scores):
    acc = Fraction(0)  # ?rc acc
    for w, s in zip(WEIGHTS, scores):
        acc += w * Fraction(s)  # ?rc w
    return acc


def grade(score):
    i = bisect.bisect(CUTOFFS, score)  # ?rc i
    letter = GRADES[i]  # ?rc letter
    return letter


roster = []  # ?rc roster
for name, scores in [("Mia Chen", [88, 92, 79]), ("Leo Park", [65, 70, 58]), ("Ivy Roe", [95, 91, 99])]:
    st = Student(name, scores)  # ?rc st
    bisect.insort(roster, st, key=lambda s: s.avg)
low = roster[0]  # ?rc low
high = roster[-1]  # ?rc high
avg_all = statistics.mean(s.avg for s in roster)  # ?rc avg_all
med = statistics.median([s.avg for s in roster])  # ?rc med
w = weighted(high.scores)  # ?rc w
w_float = float(w)  # ?rc w_float
letters = [grade(float(weighted(s.scores))) for s in roster]  # ?rc letters
price = Decimal("19.955").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # ?rc price
share = price / 3  # ?rc share
hyp = math.hypot(3.0, 4.0)  # ?rc hyp
root = math.sqrt(w_float)  # ?rc root
fsum = math.fsum([0.1] * 10)  # ?rc fsum
sd = statistics.pstdev([s.avg for s in roster])  # ?rc sd
scores = low.scores  # ?rc scores low
print(sys.getrefcount(low), sys.getrefcount(WEIGHTS[2]))
del roster, st  # ?rc low high
low.peer = high
high.peer = low
del low, high, scores
print(gc.collect())
print(letters, share, med, avg_all, root)
