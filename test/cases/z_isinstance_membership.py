# Tests the model decides without running code: isinstance / issubclass on
# known classes (None, functions, bool as an int), and `in` / count / index on
# lists of instances compared by identity. A decided test keeps what the
# branch does exact.
class P:
    pass


class Q(P):
    pass


def merge(base, extra):
    out = dict(base)
    for key, val in extra.items():
        if isinstance(val, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], val)
        else:
            out[key] = val  # ?rc val
    return out


inner = {"ssl": True}
d = merge({"port": 1}, {"port": 2, "opts": inner})  # ?rc d inner
flags = [isinstance(None, dict), isinstance(merge, P), isinstance(True, int), issubclass(Q, P), issubclass(P, Q)]
x = P()
o = Q()
rows = [[o], [o], [x]]


def find(rows):
    for row in rows:
        if x in row:
            return row[0]
    return None


found = find(rows)  # ?rc found x
n = [o, x, o].count(o)  # ?rc n
i = [o, x].index(x)  # ?rc i
if issubclass(Q, P):
    kept = [x]  # ?rc kept x
after = x  # ?rc after x
