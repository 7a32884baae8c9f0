# Theme: a texture cache on weakref.WeakValueDictionary. load() returns
# the cached texture while somebody still uses it and builds a new one
# otherwise. Atlases own sub-textures that point back at the atlas, so a
# dropped atlas lingers in the cache until gc.collect() breaks it up.
import gc
import weakref


class Texture:
    def __init__(self, name, size):
        self.name = name
        self.pixels = bytearray(size)
        self.owner = None


class Atlas(Texture):
    def __init__(self, name, size, regions):
        super().__init__(name, size)
        self.regions = []
        for region in regions:
            sub = Texture(name + "#" + region, 4)
            sub.owner = self
            self.regions.append(sub)  # ?rc sub


class TextureCache:
    def __init__(self):
        self.items = weakref.WeakValueDictionary()
        self.loads = 0

    def load(self, name, factory, *args):
        tex = self.items.get(name)
        if tex is None:
            tex = factory(name, *args)  # ?rc tex
            self.items[name] = tex  # ?rc tex
            self.loads += 1
        return tex


cache = TextureCache()  # ?rc cache
grass = cache.load("grass tile", Texture, 64)  # ?rc grass
grass2 = cache.load("grass tile", Texture, 64)  # ?rc grass
print(grass is grass2, cache.loads)
del grass, grass2
print(len(cache.items), cache.loads)
atlas = cache.load("ui atlas", Atlas, 256, ["button", "slider"])  # ?rc atlas
button = atlas.regions[0]  # ?rc button atlas
ref = weakref.ref(atlas)  # ?rc ref atlas
del atlas  # ?rc button
same = cache.load("ui atlas", Atlas, 256, [])  # ?rc same
print(same is ref(), len(same.regions))
del same, button
print(len(cache.items), ref() is None)
print(gc.collect())  # atlas <-> its regions
print(len(cache.items), ref() is None)
new = cache.load("ui atlas", Atlas, 256, ["icon"])  # ?rc new
print(cache.loads)
