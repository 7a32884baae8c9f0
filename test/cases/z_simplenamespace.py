# Theme: types.SimpleNamespace keeps one reference per keyword value in its own dict
import gc
import types
from types import SimpleNamespace

data = [1.5, 2.5]
ns = types.SimpleNamespace(data=data, label="x y")  # ?rc data ns
got = ns.data  # ?rc data got
ns.data = None  # ?rc data
ns.extra = data  # ?rc data
d = vars(ns)  # ?rc d ns
same = ns.__dict__  # ?rc d same
del ns.extra  # ?rc data
del d, same
del ns  # ?rc data got

opts = {"rows": data, "name": "t"}
cfg = SimpleNamespace(**opts)  # ?rc data cfg opts
del opts  # ?rc data
cfg.me = cfg  # ?rc cfg
del cfg
gc.collect()  # the namespace and its dict
print(data)  # ?rc data


def make(v):
    return SimpleNamespace(value=v, twice=[v, v])


box = make(data)  # ?rc box data
inner = box.twice  # ?rc inner data
del box  # ?rc inner data

p1 = SimpleNamespace(v=1.5, w="a")
p2 = SimpleNamespace(v=1.5, w="a")
hold = []
if p1 == p2:
    hold.append(data)
if p1 != SimpleNamespace(v=2.5, w="a"):
    hold.append(data)
print(len(hold))  # ?rc data
