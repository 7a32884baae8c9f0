# Theme: decorators. functools.wraps copies metadata and stores the
# original function as __wrapped__; a registry decorator keeps the
# outermost wrapper; a memo decorator keeps results per argument tuple.
# A recursive function defined in a function refers to itself through
# a closure cell, so dropping it leaves a cycle.
import functools
import gc

registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@register
@memo
def build(n):
    return [n] * 3


orig = build.__wrapped__  # ?rc orig build
key = 10 ** 5  # ?rc key
r = build(key)  # ?rc r key
r2 = build(key)  # ?rc r
cache = build.cache  # ?rc cache
registry.clear()  # ?rc build
del build  # ?rc orig cache r
del cache  # ?rc r key
print(gc.collect())


def make_walker():
    @memo
    def walk(n):
        return [] if n == 0 else walk(n - 1) + [n]

    return walk


w = make_walker()  # ?rc w
steps = w(3)  # ?rc steps
inner = w.__wrapped__  # ?rc inner w
del inner, w  # ?rc steps
print(gc.collect())
