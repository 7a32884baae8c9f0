# Theme: what lru_cache keeps: typed=True splits 3 and 3.0, keyword
# arguments make separate entries, maxsize=1 evicts at once, and the cached
# results stay alive until cache_clear.
import functools
import gc


class Box:
    def __init__(self, payload):
        self.payload = payload


@functools.lru_cache(maxsize=8, typed=True)
def load(key, *, mode="r"):
    return Box([key, mode])


@functools.lru_cache(maxsize=1)
def last_only(key):
    return Box(key)


a = load(3)  # ?rc a
b = load(3.0)  # ?rc a b
c = load(3, mode="w")  # ?rc c
d = load(key=3)  # ?rc a d
print(load.cache_info())
e = last_only("first key!")  # ?rc e
f = last_only("second key!")  # ?rc e f
g = last_only("second key!")  # ?rc f g
del e
load.cache_clear()  # ?rc a b c d
print(gc.collect())
dct = load.__dict__  # ?rc dct
inner = dct["__wrapped__"]  # ?rc inner
dct["loaded by"] = ["the image loader"]  # ?rc dct
again = load.__dict__  # ?rc dct
tag = load.__dict__["loaded by"]  # ?rc tag
wrapped = last_only.__wrapped__  # ?rc wrapped
del a, b, c, d, f, g
print(gc.collect())
