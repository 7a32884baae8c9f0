# Lambdas made inside comprehensions capture the iteration variable's cell.


class Val:
    pass


v1 = Val()  # ?rc v1
v2 = Val()  # ?rc v2
vals = [v1, v2]  # ?rc vals
getters = [lambda: v for v in vals]  # ?rc getters v2 v1
a = getters[0]()  # ?rc a v2
fixed = [lambda v=v: v for v in vals]  # ?rc fixed v1 v2
b = fixed[0]()  # ?rc b v1
del getters  # ?rc v1 v2
del fixed  # ?rc v1 v2
del a, b  # ?rc v1 v2


def build(items):
    fns = {id(i): (lambda i=i: i) for i in items}  # ?rc fns
    keep = [f() for f in fns.values()]  # ?rc keep
    return keep


kk = build(vals)  # ?rc kk v1 v2
del kk  # ?rc v1 v2


def nested(items):
    return [[lambda: (x, y) for y in items] for x in items]


grid = nested(vals)  # ?rc grid v1 v2
cell = grid[0][1]()  # ?rc cell v1 v2
del grid  # ?rc v1 v2 cell
