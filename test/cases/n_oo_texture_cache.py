# Application-style: a texture cache. Textures are shared through a
# weakref.WeakValueDictionary; __del__ logs unloads; sprites reference
# textures; a sprite sheet keeps a weakref back to its atlas.
import gc
import sys
import weakref

unloaded = []


class Texture:
    def __init__(self, path, size):
        self.path = path
        self.pixels = bytearray(size)

    def __del__(self):
        unloaded.append(self.path)


class TextureCache:
    def __init__(self):
        self._live = weakref.WeakValueDictionary()
        self.loads = 0

    def get(self, path, size=64):
        tex = self._live.get(path)
        if tex is None:
            self.loads += 1
            tex = Texture(path, size)  # ?rc tex
            self._live[path] = tex  # ?rc tex
        return tex


class Atlas:
    def __init__(self, cache, paths):
        self.textures = [cache.get(p) for p in paths]
        self.sheets = []

    def sheet(self, index):
        sheet = Sheet(self, self.textures[index])  # ?rc sheet
        self.sheets.append(sheet)
        return sheet


class Sheet:
    def __init__(self, atlas, texture):
        self._atlas = weakref.ref(atlas)
        self.texture = texture  # ?rc texture

    @property
    def atlas(self):
        return self._atlas()


cache = TextureCache()  # ?rc cache
hero = cache.get("sprites/hero.png")  # ?rc hero
atlas = Atlas(cache, ["sprites/hero.png", "sprites/tree.png", "sprites/hero.png"])  # ?rc atlas hero
sheets = [atlas.sheet(i) for i in range(3)]  # ?rc sheets hero
owner = sheets[0].atlas  # ?rc owner atlas
print(cache.loads, len(cache._live), sys.getrefcount(hero))
del owner, atlas  # ?rc hero sheets
print(unloaded, gc.collect())
tree = sheets[1].texture  # ?rc tree
sheets.clear()  # ?rc tree hero
del tree
print(unloaded, len(cache._live))
del hero
print(unloaded, gc.collect())
