# math.comb / math.perm: k == 1 (comb: min(k, n - k) == 1) gives n itself, other k a new int
import math
import sys

n = int("123456789")  # ?rc n
ways = math.comb(n, 1)  # ?rc ways n
perms = math.perm(n, 1)  # ?rc perms n
back = math.comb(n, n - 1)  # ?rc back n
del ways, perms, back
two = math.comb(n, 2)  # ?rc two n
p2 = math.perm(n, 2)  # ?rc p2 n
none = math.comb(n, n + 1)  # ?rc none n
one = math.comb(n, 0)  # ?rc one n
all_ = math.comb(n, n)  # ?rc all_ n
del two, p2
huge = int("2") ** 70 + 3  # ?rc huge
hw = math.comb(huge, 1)  # ?rc hw huge
hb = math.comb(huge, huge - 1)  # ?rc hb huge
hp = math.perm(huge, 1)  # ?rc hp huge
h2 = math.comb(huge, 2)  # ?rc h2 huge
del hw, hb, hp, h2
m = int("300")  # ?rc m
fact = math.perm(m)  # ?rc fact m
f2 = math.perm(m, None)  # ?rc f2 m
flag = math.comb(True, 1)  # ?rc flag
k = len(sys.argv)
ck = math.comb(huge, k)  # ?rc ck huge
gu = math.gcd(n, k)  # ?rc gu n
