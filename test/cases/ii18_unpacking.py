# Theme: unpacking in calls (*args/**kwargs at the call site), from
# generators and dict views, starred targets in for loops, and returning
# several values as a tuple.


class P:
    pass


def stats(values):
    lo, hi = values[0], values[-1]
    return lo, hi, len(values)


def gen(x, y):
    yield x
    yield y


def take(first, *rest, **opts):
    kept = first  # ?rc first rest
    return rest


a, b, c = P(), P(), P()  # ?rc a
group = [a, b, c]
lo, hi, count = stats(group)  # ?rc c lo
x, y = gen(a, b)  # ?rc a b x
packed = [*gen(a, b), *group]  # ?rc a b packed
(k1, v1), = {"key one": a}.items()  # ?rc a v1
for head, *body in [group, group[:2]]:
    last_body = body  # ?rc a b body
combo = {**{"x": a}, **{"y": a}}  # ?rc a combo
tail = take(*group, flag=b)  # ?rc a b tail
opts = {"flag": c}
tail2 = take(c, a, **opts)  # ?rc c tail2
del lo, hi, x, y, packed, k1, v1, head, body, last_body, combo  # ?rc a b
