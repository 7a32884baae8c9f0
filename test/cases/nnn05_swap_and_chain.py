# Tuple packing and unpacking, swapping with a, b = b, a, and chained
# assignment x = y = z = obj: where do the temporary tuples go?
import sys


class Ball:
    pass


x = y = z = Ball()  # ?rc x
print(sys.getrefcount(x))
p, q = Ball(), Ball()  # ?rc p
p, q = q, p  # ?rc p
packed = p, q, p  # ?rc p
u, v, w = packed  # ?rc p
p, q, r = q, r0, _ = packed  # ?rc p q r0
print(sys.getrefcount(packed))
del u, v, w, r0, _  # ?rc p
first = second = packed  # ?rc packed
first = second = None  # ?rc packed


def rotate(a, b, c):
    a, b, c = b, c, a  # ?rc a b
    trio = a, b, c  # ?rc a
    return trio


res = rotate(p, q, x)  # ?rc p res
(m, n), k = (p, q), x  # ?rc x
for i in range(3):
    x, p = p, x  # ?rc x p
del res, m, n, k, packed  # ?rc x
y = z = q  # ?rc q
lst = [p, q]
lst[0], lst[1] = lst[1], lst[0]  # ?rc p
del x, y, z, r, first, second  # ?rc p
