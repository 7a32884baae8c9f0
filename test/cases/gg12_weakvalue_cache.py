# Theme: an image cache built on WeakValueDictionary: entries disappear as
# soon as the last user drops the image. A separate "recent" list meant as an
# LRU keeps them alive by accident until it is trimmed.
import gc
import sys
import weakref


class Image:
    def __init__(self, path):
        self.path = path
        self.pixels = bytearray(8)


cache = weakref.WeakValueDictionary()
recent = []


def load(path):
    img = cache.get(path)
    if img is None:
        img = Image(path)
        cache[path] = img
        recent.append(img)
        del recent[:-2]
    return img


a = load("img/a.png")  # ?rc a
a2 = load("img/a.png")  # ?rc a a2
print(len(cache), a is a2)
del a2  # ?rc a
b = load("img/b.png")  # ?rc b
c = load("img/c.png")  # ?rc a b c -- a fell out of recent
del a
print(len(cache), "img/a.png" in cache)
del b
print(len(cache))
recent.clear()  # ?rc c
print(len(cache))
held = cache["img/c.png"]  # ?rc held c
del held, c
print(len(cache), gc.collect())
d = load("img/d.png")
d.self_ref = d  # ?rc d
del d
recent.clear()
print(len(cache))  # still alive: unreachable, but not collected yet
found = gc.collect()
print(found, len(cache))
e = load("img/e.png")  # ?rc e
entry = cache.get("img/e.png")  # ?rc e entry
refs = cache.valuerefs()  # ?rc e refs
del refs, entry  # ?rc e
