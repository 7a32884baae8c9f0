# Observer pattern and a weakref cache, with gc.collect() at the end.
import gc
import sys
import weakref

class Subject:
    def __init__(self, name: str):
        self.name = name
        self._observers = []
    def attach(self, obs: "Observer") -> None:
        self._observers.append(weakref.ref(obs))  # ?rc obs
    def notify(self, value) -> int:
        alive = [r() for r in self._observers]
        alive = [o for o in alive if o is not None]
        for o in alive:
            o.update(self, value)
        return len(alive)

class Observer:
    def __init__(self, label: str):
        self.label = label
        self.seen = []
    def update(self, subject: Subject, value) -> None:
        self.seen.append((subject.name, value))

class Image:
    def __init__(self, path: str):
        self.path = path
        self.pixels = [0.5 * 1] * 4

class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
    def load(self, path: str) -> Image:
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img  # ?rc img
        return img

gc.collect()
subj = Subject("temperature sensor")  # ?rc subj
o1 = Observer("display one")  # ?rc o1
o2 = Observer("display two")
subj.attach(o1)  # ?rc o1
subj.attach(o2)  # ?rc o2
reading = 21.5 * 1  # ?rc reading
n = subj.notify(reading)  # ?rc reading o1
ref = weakref.ref(o2)  # ?rc o2 ref
del o2
print(ref() is None)
n2 = subj.notify(reading * 2)  # ?rc o1
cache = ImageCache()  # ?rc cache
img1 = cache.load("/img/a.png")  # ?rc img1
img2 = cache.load("/img/a.png")  # ?rc img1 img2
del img2
img3 = cache.load("/img/b.png")  # ?rc img3
del img3
count = len(cache._cache)
o1.peer = o1  # ?rc o1
del o1
print(gc.collect())
subj.self_ref = subj
del subj
print(gc.collect())
print(sys.getrefcount(img1))
notes = []
thing = Observer("finalized one")  # ?rc thing
fin = weakref.finalize(thing, notes.append, "gone!")  # ?rc thing fin
wm = weakref.WeakMethod(thing.update)  # ?rc thing wm
wkd = weakref.WeakKeyDictionary()
wkd[thing] = [1.5 * 2]  # ?rc thing
del thing
print(gc.collect())
alive = fin.alive  # ?rc notes

class Positive:
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.attr)
    def __set__(self, obj, value):
        setattr(obj, self.attr, value)  # ?rc value

class Sensor:
    level = Positive()
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

s_a = Sensor()  # ?rc s_a
s_b = Sensor()  # ?rc s_a
lvl = 0.75 * 2  # ?rc lvl
s_a.level = lvl  # ?rc lvl
got = s_b.level  # ?rc got lvl
flag = not s_a  # ?rc s_a
