# Theme: a WeakValueDictionary image cache: entries vanish with the last
# strong reference; a plain weakref.ref without callback is shared, one with
# a callback is always new.
import weakref


class Image:
    def __init__(self, path):
        self.path = path
        self.pixels = [0.5] * 4


cache = weakref.WeakValueDictionary()


def load(path):
    img = cache.get(path)
    if img is None:
        img = Image(path)
        cache[path] = img  # ?rc img
    return img


a = load("img/a.png")  # ?rc a
a2 = load("img/a.png")  # ?rc a a2
b = load("img/b.png")  # ?rc b
print(len(cache))
r1 = weakref.ref(a)  # ?rc a r1
r2 = weakref.ref(a)  # ?rc r1 r2 -- the same object
r3 = weakref.ref(a, lambda r: None)  # ?rc r1 r3
del a2  # ?rc a
del a  # ?rc r1 r3
print(len(cache), r1() is None)
again = load("img/b.png")  # ?rc b again
px = b.pixels  # ?rc px
del b, again  # ?rc px
print(len(cache))
