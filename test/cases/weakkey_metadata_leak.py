# Theme: WeakKeyDictionary as side storage for metadata. If the value
# refers back to its key, the entry keeps the key alive forever (the dict
# holds the value strongly) - a leak that gc.collect() cannot fix.
import gc
import weakref


class Document:
    def __init__(self, title):
        self.title = title


class Meta:
    def __init__(self, owner=None):
        self.owner = owner
        self.tags = []


registry = weakref.WeakKeyDictionary()

gc.collect()
doc = Document("report")  # ?rc doc
registry[doc] = Meta()  # ?rc doc
meta = registry[doc]  # ?rc meta
del meta
del doc
print("clean entry gone:", len(registry))

leaky = Document("leaky")
registry[leaky] = Meta(owner=leaky)  # ?rc leaky
del leaky
print("collected:", gc.collect())
print("entry survives:", len(registry))
survivor = next(iter(registry))  # ?rc survivor
del survivor
registry.clear()
print("after clearing the registry:", gc.collect())
