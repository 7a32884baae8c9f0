# Theme: a product catalog serialized with json: nested dicts and lists,
# object_hook decoding into classes, default= encoding, sort_keys, indent.
import gc
import json
import sys
from collections import OrderedDict


class Product:
    def __init__(self, sku, title, price, tags):
        self.sku = sku
        self.title = title
        self.price = price
        self.tags = tags


def to_json(obj):
    if isinstance(obj, Product):
        return {"__product__": True, "sku": obj.sku, "title": obj.title,
                "price": obj.price, "tags": obj.tags}
    raise TypeError("cannot encode")


def from_json(d):
    if d.get("__product__"):
        return Product(d["sku"], d["title"], d["price"], d["tags"])
    return d


tags = ["kitchen ware", "steel made"]  # ?rc tags
pan = Product("P-100", "Frying pan 28cm", 34.95, tags)  # ?rc pan tags
pot = Product("P-200", "Soup pot 5l", 49.5, tags)  # ?rc pot tags
catalog = {"version": 3, "items": [pan, pot], "meta": {"owner": "shop team"}}  # ?rc catalog
text = json.dumps(catalog, default=to_json, sort_keys=True)  # ?rc text catalog
pretty = json.dumps(catalog, default=to_json, indent=2)  # ?rc pretty
back = json.loads(text, object_hook=from_json)  # ?rc back
items = back["items"]  # ?rc items
pan2 = items[0]  # ?rc pan2
tags2 = pan2.tags  # ?rc tags2
pot_tags = items[1].tags  # ?rc pot_tags tags2
price = pan2.price  # ?rc price
meta = back["meta"]  # ?rc meta
ordered = json.loads(text, object_pairs_hook=OrderedDict)  # ?rc ordered
first_key = next(iter(ordered))  # ?rc first_key
plain = json.loads('[1.25, {"a b": [2.5, 3.75]}, "x y z"]')  # ?rc plain
inner = plain[1]["a b"]  # ?rc inner
s = plain[2]  # ?rc s
again = json.loads(json.dumps(plain))  # ?rc again plain
same = again == plain  # ?rc same
print(sys.getrefcount(pan), sys.getrefcount(tags2))
del catalog  # ?rc pan pot tags
del back, items  # ?rc pan2 tags2
cyc = {"me": None}
cyc["me"] = [cyc]
del cyc
print(gc.collect())
print(len(pretty), first_key, price, meta)
