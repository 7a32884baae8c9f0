# Theme: an image cache keyed by path. A WeakValueDictionary entry disappears
# as soon as the image's last strong reference goes, but an image caught in a
# reference cycle (here: with its own thumbnail) stays cached until
# gc.collect() runs; weakref callbacks fire during that collection.
import gc
import weakref

events = []


class Image:
    def __init__(self, path):
        self.path = path
        self.thumb = None


class Thumb:
    def __init__(self, image):
        self.image = image


gc.collect()
cache = weakref.WeakValueDictionary()
logo = Image("/img/logo 1.png")  # ?rc logo
cache["logo image!"] = logo  # ?rc logo
banner = Image("/img/banner 2.png")
banner.thumb = Thumb(banner)  # ?rc banner
cache["banner image!"] = banner  # ?rc banner
probe = weakref.ref(banner, events.append)  # ?rc banner probe
del logo
print(len(cache))
del banner
print(len(cache), len(events))  # banner still cached: cycle
found = cache.get("banner image!")  # ?rc found
thumb = found.thumb  # ?rc thumb found
del found, thumb
print(gc.collect())  # banner + thumb
print(len(cache), len(events))
dead = events[0]  # ?rc dead probe
