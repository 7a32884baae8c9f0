# Theme: operator functions handed to other callables (reduce, map,
# accumulate, sorted keys), operator errors caught, and the small ones.
import functools
import itertools
import operator
import gc

nums = [1.5, 2.5, 3.5]
prod = functools.reduce(operator.mul, nums)  # ?rc prod
sums = list(map(operator.add, nums, nums))  # ?rc sums
first = sums[0]  # ?rc first
acc = list(itertools.accumulate(nums, operator.mul))  # ?rc acc
last = acc[-1]  # ?rc last
order = sorted(nums, key=operator.neg)  # ?rc order
hi = order[0]  # ?rc hi
try:
    bad = operator.truediv(1.5, 0.0)
except ZeroDivisionError as e:
    err = e  # ?rc err
try:
    operator.add(1.5, "x y")
except TypeError:
    pass
flags = [operator.not_(nums), operator.truth([])]  # ?rc flags
n = operator.index(10**6)  # ?rc n
ab = operator.abs(-2.5)  # ?rc ab
print(operator.is_(nums, nums), flags)
print(gc.collect())
