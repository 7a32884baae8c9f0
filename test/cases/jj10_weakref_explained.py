# Theme: weakref explained. A weak reference lets you reach an object
# without keeping it alive: the image cache below holds weak values, so
# images disappear from it as soon as the last strong name is gone.
import weakref


class Image:
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return "Image(%r)" % self.path


cache = weakref.WeakValueDictionary()
logo = Image("logo image.png")  # ?rc logo
cache["logo"] = logo  # ?rc logo
banner = Image("banner image.png")
cache["banner"] = banner  # ?rc banner
got = cache["logo"]  # ?rc logo got
del got  # ?rc logo
print(sorted(cache.keys()))
ref = weakref.ref(banner)  # ?rc banner ref
alive = ref()  # ?rc banner alive
del alive
del banner  # ?rc ref
print("banner in cache:", "banner" in cache, ref())
notes = []
fin = weakref.finalize(logo, notes.append, "logo freed")  # ?rc logo fin
print(fin.alive)
del logo  # ?rc fin notes
print(notes, fin.alive, len(cache))
again = Image("again image.png")  # ?rc again
proxy = weakref.proxy(again)  # ?rc again proxy
print(proxy.path)
