# A range's items and slices (range_item: a new int, a small one the cached object; compute_slice:
# a new range) and an address hash (a new int, never a small one): exact counts.
import gc


class K:
    pass


def handler():
    return 1


r = range(10 ** 6)  # ?rc r
x = r[1000]  # ?rc x r
small = r[3]  # ?rc small
last = r[-1]  # ?rc last
r1 = r[:]  # ?rc r1 r
r2 = r[10:20:2]  # ?rc r2
items = list(r2)  # ?rc items
back = r[::-1000]  # ?rc back
first = back[0]  # ?rc first
try:
    r[10 ** 7]
except IndexError as e:
    err = e  # ?rc err
k = K()
h = hash(k)  # ?rc h k
hf = hash(handler)  # ?rc hf handler
table = {h: k}  # ?rc table k
k.self = k
del k, table
n = gc.collect()  # ?gc n
