# Theme: an image-tile cache with weakref.WeakValueDictionary, a WeakSet
# of open viewers, weakref.finalize cleanup and ref callbacks.
import gc
import sys
import weakref


class Tile:
    def __init__(self, key, data):
        self.key = key
        self.data = data


class Viewer:
    def __init__(self, title):
        self.title = title
        self.tiles = []


log = []  # ?rc log
cache = weakref.WeakValueDictionary()  # ?rc cache
viewers = weakref.WeakSet()  # ?rc viewers


def load(key):
    tile = cache.get(key)  # ?rc tile
    if tile is None:
        tile = Tile(key, bytes(16))
        cache[key] = tile  # ?rc tile
    return tile


v1 = Viewer("main window")  # ?rc v1
viewers.add(v1)  # ?rc v1 viewers
t1 = load("tile 0/0")  # ?rc t1
v1.tiles.append(t1)  # ?rc t1
t1_again = load("tile 0/0")  # ?rc t1 t1_again
t2 = load("tile 0/1")  # ?rc t2
fin = weakref.finalize(t2, log.append, "tile freed")  # ?rc fin t2 log
alive = fin.alive  # ?rc alive
r2 = weakref.ref(t2, lambda r: log.append("ref died"))  # ?rc r2 t2
del t2  # ?rc r2 fin
size = len(cache)  # ?rc size
v2 = Viewer("second window")  # ?rc v2
viewers.add(v2)
v2.tiles.append(v2)  # ?rc v2
del v2
print(gc.collect())
n_viewers = len(viewers)  # ?rc n_viewers
del t1_again  # ?rc t1
proxy = weakref.proxy(t1)  # ?rc proxy t1
key = proxy.key  # ?rc key
del v1  # ?rc t1
del t1  # ?rc cache
print(len(cache), log, sys.getrefcount(log))
