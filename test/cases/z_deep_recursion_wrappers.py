# Deep recursion through wrappers: a memoizing decorator (two frames per
# level), sort keys that recurse (a C call between the Python frames).
def memoize(func):
    cache = {}
    def wrapper(*key):
        if key in cache:
            return cache[key]
        value = func(*key)
        cache[key] = value
        return value
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
big = fib(160)  # ?rc big
def key(v, d):
    if d == 0:
        return v
    return sorted([v], key=lambda x: key(x, d - 1))[0]
r = key(5, 120)
x = [r]  # ?rc x
