# Theme: a memoizing decorator keyed by the argument tuple keeps every
# argument alive; a WeakKeyDictionary variant forgets an entry when the
# argument dies, unless the cached value refers back to its key.
import gc
import sys
import weakref
from functools import wraps


def memoize(func):
    cache = {}

    @wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def memoize_weak(func):
    cache = weakref.WeakKeyDictionary()

    def wrapper(obj):
        if obj not in cache:
            cache[obj] = func(obj)
        return cache[obj]
    wrapper.cache = cache
    return wrapper


class Image:
    def __init__(self, w, h):
        self.size = (w, h)


@memoize
def thumbnail(img, scale):
    return [img.size, scale]


@memoize_weak
def histogram(img):
    return [0.5] * 4


@memoize_weak
def outline(img):
    return {"source": img, "size": img.size}


gc.collect()
img = Image(640, 480)  # ?rc img
t1 = thumbnail(img, 0.25)  # ?rc img t1
t2 = thumbnail(img, 0.25)  # ?rc img t1 t2
key = next(iter(thumbnail.cache))  # ?rc key img
del key, t1, t2
thumbnail.cache.clear()  # ?rc img
h = histogram(img)  # ?rc img h
h_again = histogram(img)  # ?rc h h_again
del h_again
del img  # ?rc h -- the weak-keyed entry went away with the image
print(len(histogram.cache), gc.collect())
img2 = Image(32, 32)
info = outline(img2)  # ?rc img2 info
del info, img2
print(len(outline.cache), gc.collect())  # the value holds the key: never freed
stuck = next(iter(outline.cache.keys()))  # ?rc stuck
print(sys.getrefcount(stuck))
