# Theme: unpacking: starred in the middle, nested targets, unpacking from
# an iterator and a dict, three-way rotation.


class K:
    pass


a, b, c = K(), K(), K()  # ?rc a b c
first, *mid, last = [a, b, b, c]  # ?rc a b c mid
(x, y), *others = [(a, b), c, c]  # ?rc a b c others
del first, mid, last, x, y, others  # ?rc a b c
a, b, c = b, c, a  # ?rc a b c
p, q = iter([a, a])  # ?rc a
d = {a: b}
(key, val), = d.items()  # ?rc a b key val
[m, n] = {"m": c, "n": c}.values()  # ?rc c m
head, *_ = (c, b, a)  # ?rc c b a
del _, head  # ?rc c b a
box = [a, b]
box[0], box[1] = box[1], box[0]  # ?rc a b box
i, j = j, i = a, b  # ?rc a b
