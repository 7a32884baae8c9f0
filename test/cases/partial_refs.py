# functools.partial: what a partial object holds, and the references its
# calls add while the callee runs.
import gc
import sys
from functools import partial


def show(a, b):
    n = len(a) + len(b)  # ?rc a b
    return n


def kw_show(a, b=None, c=None):
    n = 1  # ?rc a b c
    return n


gc.collect()
x = [1000 + int("1")]  # ?rc x
y = [2]  # ?rc y
p = partial(show, x)  # ?rc p x
r = p(y)  # ?rc x y r
args = p.args  # ?rc args x
func = p.func  # ?rc func
kws = p.keywords  # ?rc kws
q = partial(p, y)  # ?rc q p x y
r2 = q()  # ?rc r2 x y
k = partial(kw_show, b=x)  # ?rc k x
k_res = k(y)  # ?rc k_res y x
k_res2 = k(y, c=x)  # ?rc k_res2 x y
del p, q, args
print(gc.collect())  # ?rc x y
holder = [x]
holder.append(partial(show, holder))  # ?rc holder
del holder
print(gc.collect())  # list, partial, args tuple, keywords dict
both = partial(kw_show, x, c=y)  # ?rc both x y
both_res = both(y)  # ?rc x y
