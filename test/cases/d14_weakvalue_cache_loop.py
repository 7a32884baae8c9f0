# Theme: a WeakValueDictionary cache filled in a loop. An entry disappears as
# soon as its last strong reference goes; a "recent" list pins a few, and
# `+=` / slice assignment on that list change what stays cached.
import gc
import weakref


class Image:
    def __init__(self, path):
        self.path = path
        self.hits = 0


cache = weakref.WeakValueDictionary()
recent = []


def load(path):
    img = cache.get(path)
    if img is None:
        img = Image(path)
        cache[path] = img
    img.hits += 1
    return img


paths = ["img/%d.png" % i for i in range(4)]
for p in paths:
    img = load(p)  # ?rc img
    if len(recent) < 2:
        recent.append(img)
first = recent[0]  # ?rc first
again = load(paths[0])  # ?rc first again
last = img  # ?rc last
del img, last
print(len(cache))
recent += [again]  # ?rc first recent
recent[:] = recent[1:]  # ?rc first
del first  # ?rc again
del again
print(len(cache))
print(gc.collect())
second = recent[0]  # ?rc second
recent.clear()  # ?rc second
del second
print(len(cache))
