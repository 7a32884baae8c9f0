# Theme: an access-logging OrderedDict subclass for a config layer: reads
# go through its __getitem__ (and __missing__ for absent keys), deletes
# through __delitem__; get(), items(), values(), pop() and clear() use the
# C paths, and repr() reads through keys() and [] on 3.12+.
import gc
from collections import OrderedDict


class Layer(OrderedDict):
    pass


class Logged(OrderedDict):
    def __init__(self):
        super().__init__()
        self.events = []

    def __getitem__(self, key):
        self.events.append(key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        self.events.append(key)
        super().__delitem__(key)

    def __missing__(self, key):
        return self.events


class Value:
    def __init__(self, text):
        self.text = text


a = Value("alpha value")
b = Value("beta value")
base = Layer()
base["a key"] = a
base["b key"] = b  # ?rc base a b
text = repr(base)  # ?rc base a b
g = base.get("a key")  # ?rc g a
items = list(base.items())  # ?rc items a b
del items
vals = [v for v in base.values()]  # ?rc vals a
del vals
names = list(base.keys())  # ?rc names
lg = Logged()
lg["a key"] = a
lg["b key"] = b  # ?rc a b lg
x = lg["a key"]  # ?rc x a
m = lg["nope key"]  # ?rc m
del lg["a key"]  # ?rc a
ev = lg.events  # ?rc ev
shown = repr(lg)  # ?rc lg b
same = base == lg  # ?rc base lg
base.clear()  # ?rc a b
lg.pop("b key")  # ?rc b
base["me"] = base
lg["me"] = lg
del base, lg, x, m, ev
print(gc.collect())  # ?rc a b
