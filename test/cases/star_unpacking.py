# Theme: starred unpacking and extended assignment targets.
class T:
    pass
a = T()
b = T()
c = T()
seq = [a, b, c]  # ?rc a b c seq
first, *rest = seq  # ?rc a b c first rest
*init, last = seq  # ?rc a c init last
x, (y, z) = a, (b, c)  # ?rc a b c x y z
del rest, init  # ?rc a b c
merged = [*seq, *seq]  # ?rc a merged
tup = (*seq,)  # ?rc a tup
d = {"k": a, **{"j": b}}  # ?rc a b d
def f(*args, **kwargs):
    inner = args  # ?rc a inner
    return kwargs
kw = f(*seq, extra=b)  # ?rc a b kw
del merged, tup, d, kw  # ?rc a b c
