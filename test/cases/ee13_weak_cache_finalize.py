# Theme: a cache of weak references; entries vanish when the last strong
# reference goes, and weakref.finalize records each eviction in a closure
# variable.
import weakref


class Image:
    def __init__(self, path):
        self.path = path


def make_cache():
    store = weakref.WeakValueDictionary()
    evicted = []

    def get(path):
        img = store.get(path)
        if img is None:
            img = Image(path)  # ?rc img
            store[path] = img  # ?rc img
            weakref.finalize(img, evicted.append, path)
        return img

    return get, store, evicted


get, store, evicted = make_cache()  # ?rc store evicted
a = get("a.png")  # ?rc a
b = get("a.png")  # ?rc a b
c = get("c.png")  # ?rc c
del a  # ?rc b
n1 = len(store) * 1.5  # ?rc n1
del b
n2 = len(evicted) * 1.5  # ?rc n2
r = weakref.ref(c)  # ?rc c r
del c  # ?rc r
name = evicted[0]  # ?rc name
