# An image cache keyed by path that holds its values weakly: an entry
# vanishes as soon as the last strong reference to the image is dropped.
import gc
import weakref


class Image:
    loads = 0

    def __init__(self, path, pixels):
        self.path = path
        self.pixels = pixels
        Image.loads += 1


class Cache:
    def __init__(self):
        self.store = weakref.WeakValueDictionary()
        self.hits = 0

    def get(self, path):
        img = self.store.get(path)  # ?rc img
        if img is None:
            img = Image(path, [0.5] * 4)
            self.store[path] = img  # ?rc img
        else:
            self.hits += 1
        return img


evicted = []


def on_evict(ref):
    evicted.append(ref)  # ?rc ref


cache = Cache()  # ?rc cache
logo = cache.get("img/logo.png")  # ?rc logo
again = cache.get("img/logo.png")  # ?rc logo again
banner = cache.get("img/banner.png")  # ?rc banner
store = cache.store  # ?rc store
size = len(store)  # ?rc size
ref = weakref.ref(banner, on_evict)  # ?rc banner ref
del banner  # ?rc ref
alive = ref()  # ?rc alive
left = len(store)  # ?rc left
del again  # ?rc logo
pixels = logo.pixels  # ?rc pixels
del logo  # ?rc pixels
fresh = cache.get("img/logo.png")  # ?rc fresh
gc.collect()
print(Image.loads, cache.hits, left)
proxy = weakref.proxy(fresh)  # ?rc fresh proxy
held = [fresh, fresh]  # ?rc fresh held
held.clear()  # ?rc fresh
plain = weakref.ref(fresh)  # ?rc fresh plain
evicted.clear()  # ?rc ref
