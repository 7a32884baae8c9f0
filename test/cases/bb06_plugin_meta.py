# Theme: plugin classes. __init_subclass__ files every subclass in a
# registry on the base; a metaclass __call__ caches one instance per
# (class, key), so calling the class again returns the cached object.
import gc
import sys


class Cached(type):
    instances = {}

    def __call__(cls, key):
        slot = (cls, key)
        if slot not in Cached.instances:
            Cached.instances[slot] = super().__call__(key)
        return Cached.instances[slot]


class Plugin(metaclass=Cached):
    registry = []

    def __init_subclass__(cls, /, priority=0, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((priority, cls))

    def __init__(self, key):
        self.key = key


class Audio(Plugin, priority=5):
    pass


class Video(Plugin, priority=2):
    pass


k = "/".join(["codec", "ogg"])  # ?rc k
a1 = Audio(k)  # ?rc a1 k
a2 = Audio(k)  # ?rc a1 k
v = Video(k)  # ?rc v k
entry = Plugin.registry[1]  # ?rc entry
print(sys.getrefcount(Video))
inst = Cached.instances  # ?rc inst
del a1, a2  # ?rc k
dropped = Cached.instances.pop((Video, k))  # ?rc v k
Plugin.registry.pop()  # ?rc entry
del entry, v, dropped  # ?rc k
print(sys.getrefcount(Video))
del Video
print(gc.collect())
after = k  # ?rc k
