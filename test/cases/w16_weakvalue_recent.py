# Theme: an image cache that maps names to images through a
# WeakValueDictionary and keeps only the last two used images alive in a
# deque(maxlen=2); rebinding a name or pushing a newer image lets older ones
# die, which empties their weak entries.
import sys
import weakref
from collections import deque


class Image:
    def __init__(self, name, size):
        self.name = name
        self.pixels = bytearray(size)

    def __repr__(self):
        return f"Image({self.name!r}, {len(self.pixels)})"


class ImageCache:
    def __init__(self):
        self.by_name = weakref.WeakValueDictionary()
        self.recent = deque(maxlen=2)

    def load(self, name):
        img = self.by_name.get(name)
        if img is None:
            img = Image(name, 64 * len(name))
            self.by_name[name] = img
        self.recent.append(img)  # ?rc img
        return img


cache = ImageCache()
logo = cache.load("logo.png")  # ?rc logo
icon = cache.load("icon.png")  # ?rc icon
logo2 = cache.load("logo.png")  # ?rc logo logo2
print(logo is logo2, list(cache.recent))
del logo2  # ?rc logo
banner = cache.load("banner.jpg")  # ?rc banner logo icon
print(sorted(cache.by_name.keys()))
icon = cache.load("splash.gif")  # ?rc icon banner
print(sorted(cache.by_name.keys()))
pixels = logo.pixels  # ?rc pixels
print(sys.getrefcount(logo))
logo = None  # ?rc pixels
cache.recent.clear()  # ?rc banner icon
alive = cache.by_name.get("banner.jpg")  # ?rc alive banner
del banner, alive  # ?rc icon
print(sorted(cache.by_name.keys()), len(pixels))
