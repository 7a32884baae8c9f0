# Theme: json hooks run through the interpreter: dumps' default= and a
# JSONEncoder subclass's default (its super().default raising TypeError),
# loads' object_hook / object_pairs_hook / parse_float, json.dump / json.load
# with io.StringIO, and the Python encoder's closures left as garbage.
import gc
import io
import json


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price


def encode(o):
    d = {"name": o.name, "price": o.price}  # ?rc d
    return d


def encode_top(o):
    d = {"name": o.name, "price": o.price}  # ?rc o
    return d


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Item):
            return [o.name, o.price]
        return super().default(o)


def decode(d):
    item = Item(d["name"], d["price"])  # ?rc item d
    return item


pen = Item("blue pen", 1.25)  # ?rc pen
cart = {"items": [pen, pen], "total": 2.5}  # ?rc cart pen
text = json.dumps(cart, default=encode)  # ?rc text cart pen
pretty = json.dumps(cart, cls=Enc, indent=2)  # ?rc pretty pen
print(gc.collect())
try:
    json.dumps({"bad": {1, 2}}, cls=Enc)
except TypeError as e:
    why = str(e)  # ?rc why
back = json.loads(json.dumps(pen, default=encode_top), object_hook=decode)  # ?rc back
name = back.name  # ?rc name
pairs = json.loads(text, object_pairs_hook=list)  # ?rc pairs
first = pairs[0]  # ?rc first
halves = json.loads("[2.5, 7.5]", parse_float=lambda s: float(s) / 2)  # ?rc halves
buf = io.StringIO()
json.dump(cart, buf, default=vars, sort_keys=True)
print(gc.collect())
buf.seek(0)
loaded = json.load(buf)  # ?rc loaded
items = loaded["items"]  # ?rc items
print(text, pretty, why, name, first, halves, items)
