# Memoization keyed by tuples: a hand-written memo dict holds key tuples and
# results; a decorator closure holds the cache dict.
import gc


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        res = fn(*args)
        cache[args] = res  # ?rc args res
        return res

    wrapper.cache = cache
    return wrapper


@memoize
def path_cost(a, b):
    return [a, b, (a + b) * 0.5]


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self._memo = {}

    def neighbors(self, x, y):
        key = (x, y)  # ?rc key
        if key not in self._memo:
            out = []
            for dx, dy in ((1, 0), (0, 1)):
                if x + dx < self.w and y + dy < self.h:
                    out.append((x + dx, y + dy))
            self._memo[key] = out  # ?rc key out
        return self._memo[key]


gc.collect()
c1 = path_cost(1.5, 2.5)  # ?rc c1
c2 = path_cost(1.5, 2.5)  # ?rc c1 c2
cache = path_cost.cache  # ?rc cache
keys = list(cache)  # ?rc keys
k0 = keys[0]  # ?rc k0
del keys  # ?rc k0
cache.clear()  # ?rc k0 c1
del c2  # ?rc c1

grid = Grid(3, 3)  # ?rc grid
nb = grid.neighbors(0, 0)  # ?rc nb
nb2 = grid.neighbors(0, 0)  # ?rc nb nb2
memo = grid._memo  # ?rc memo
del grid  # ?rc memo nb
del memo  # ?rc nb
print(gc.collect())


def fib_table(n):
    table = {(0,): 0, (1,): 1}
    for i in range(2, n):
        table[(i,)] = table[(i - 1,)] + table[(i - 2,)]
    result = table[(n - 1,)]  # ?rc table result
    return table


ft = fib_table(30)  # ?rc ft
big = ft[(29,)]  # ?rc big
del ft  # ?rc big
print(gc.collect())
