# Theme: an identity cache on WeakValueDictionary. Entries vanish when the
# last strong reference goes; objects in cycles vanish only at gc.collect().
import gc
import weakref


class Image:
    def __init__(self, path):
        self.path = path
        self.pixels = [0.5] * 4
        self.thumbnail = None


cache = weakref.WeakValueDictionary()


def load(path):
    img = cache.get(path)
    if img is None:
        img = Image(path)
        cache[path] = img
    return img


gc.collect()
a = load("/img/a.png")  # ?rc a
a2 = load("/img/a.png")  # ?rc a a2
print(len(cache))
del a2
b = load("/img/b.png")
b.thumbnail = b  # ?rc b
print(len(cache))
del a  # ?rc b
print(len(cache))
del b
print("cycle still cached:", len(cache))
print("collected:", gc.collect())
print("cache after collect:", len(cache))
