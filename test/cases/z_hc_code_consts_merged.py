# The compiler merges equal co_consts tuples file-wide (makecode's merge_const_one): two functions
# whose constants are the same share one tuple, which holds each constant once.  Whether two tuples
# are equal also depends on what the source does not show (co_consts[0], order); functions as plain
# as these (one constant besides the None of falling off the end) surely share one tuple, so the
# constant's count is exact (ir/plainConsts.ts); functions with different constants keep their own.
h = 9.5  # ?rc h
def f():
    return 9.5
def g():
    return 9.5
k = 8.5  # ?rc k
def f2():
    x = 7.5
    return 8.5
def g2():
    return 8.5
one = f()  # ?rc one h
two = [g() for _ in range(2)]  # ?rc h
m = 6.25  # ?rc m
def outer():
    return [6.25 for _ in range(1)]
def other():
    return (6.25, lambda: 1)
res = outer()  # ?rc m res
lam = lambda: 5.75
lam2 = lambda: 5.75
n = 5.75  # ?rc n
