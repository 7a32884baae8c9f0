# Theme: a read-only Mapping implemented by subclassing collections.abc.Mapping
# over two parallel lists; the mixin methods (get, items, values, ==) come free.
import gc
from collections.abc import Mapping


class Record(Mapping):
    def __init__(self, keys, values):
        self._keys = list(keys)
        self._values = list(values)

    def __getitem__(self, key):
        try:
            return self._values[self._keys.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(self._keys)

    def __len__(self):
        return len(self._keys)


price = 19.99 * 3  # ?rc price
tags = ["red", "sale"]  # ?rc tags
rec = Record(["price", "tags"], [price, tags])  # ?rc rec price tags
p = rec["price"]  # ?rc p
g = rec.get("tags")  # ?rc g tags
missing = rec.get("nope", tags)  # ?rc missing
items = list(rec.items())  # ?rc items price tags
pair = items[0]  # ?rc pair
vals = list(rec.values())  # ?rc vals tags
as_dict = dict(rec)  # ?rc as_dict price tags
same = rec == as_dict
keys_view = rec.keys()  # ?rc keys_view
del keys_view, items, pair  # ?rc rec tags
tags.append(rec)  # ?rc rec
del rec, as_dict, vals, g, missing, p
print(gc.collect())  # tags list is still alive through the name
after = tags  # ?rc after price
