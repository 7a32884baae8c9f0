# Theme: dict subclasses with __missing__: an auto-vivifying tree, a counter
# that stores defaults, and a lookup that falls back without storing.
import gc


class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child


class Fallback(dict):
    def __init__(self, base, *args):
        super().__init__(*args)
        self.base = base

    def __missing__(self, key):
        return self.base[key]


root = Tree()  # ?rc root
leaf = root["a"]["b"]  # ?rc leaf
mid = root["a"]  # ?rc mid leaf
leaf["value"] = [3.5]  # ?rc leaf
value = leaf["value"]  # ?rc value
del mid, leaf  # ?rc value
again = root["a"]["b"]["value"]  # ?rc again value

base = {"tax": 0.2 * 1.5, "currency": "EUR (euro)"}  # ?rc base
prefs = Fallback(base, {"lang": "en-GB only"})  # ?rc prefs base
tax = prefs["tax"]  # ?rc tax
cur = prefs.get("currency", base)  # ?rc cur base -- .get() does not call __missing__
cur2 = prefs["currency"]  # ?rc cur2
prefs["self"] = prefs  # ?rc prefs
del prefs  # ?rc base
print(gc.collect())

root["loop"] = root  # ?rc root
del root, value, again
print(gc.collect())
