# Theme: memoising decorator that keeps its cache as a function attribute
# keyed by the argument tuple; the cache keeps both keys and results alive
# until it is cleared; a second decorator keeps only the last result.
import gc


def memo(fn):
    def wrapper(*args):
        try:
            return wrapper.cache[args]
        except KeyError:
            result = wrapper.cache[args] = fn(*args)
            return result
    wrapper.cache = {}
    return wrapper


def remember_last(fn):
    def wrapper(*args):
        wrapper.last = fn(*args)
        return wrapper.last
    wrapper.last = None
    return wrapper


@memo
def grid(w, h):
    return [[0.5] * w for _ in range(h)]


@remember_last
def label(parts):
    return " / ".join(parts)


g1 = grid(3, 2)  # ?rc g1
g2 = grid(3, 2)  # ?rc g1 g2 -- cache hit returns the same list
cache = grid.cache  # ?rc cache
g3 = grid(4, 4)  # ?rc g3
row = g3[0]  # ?rc row
cache.clear()  # ?rc g1 g3 row
parts = ["left side", "right side"]  # ?rc parts
s1 = label(parts)  # ?rc s1 parts
s2 = label(["a b", "c d"])  # ?rc s1 s2
last = label.last  # ?rc s2 last
del g1, g2, g3  # ?rc row
del grid  # ?rc cache
del label  # ?rc s2
print(gc.collect())
