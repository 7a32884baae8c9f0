# Theme: a WeakValueDictionary used as a cache with a fallback factory;
# entries disappear when the last strong reference goes.
import weakref
import gc


class Img:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        img = Img(name)  # ?rc img
        cache[name] = img  # ?rc img
    return img


a = load("first image!")  # ?rc a
b = load("first image!")  # ?rc a b
print(a is b)
c = load("second image!")  # ?rc c
print(len(cache))
del a  # ?rc b
del b
print(len(cache))
c.me = c  # ?rc c
del c
print(len(cache))
print(gc.collect())
print(len(cache))
