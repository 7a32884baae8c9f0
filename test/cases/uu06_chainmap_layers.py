# Theme: layered report settings with collections.ChainMap: defaults, a
# per-user layer and a per-run child; lookups return the first layer's
# value, writes go to maps[0], and flattening copies references.
from collections import ChainMap

columns = ["date", "region", "total"]  # ?rc columns
defaults = {"columns": columns, "sep": ", ", "limits": [10, 100]}  # ?rc defaults
user = {"sep": " | ", "limits": [5, 50]}  # ?rc user
cfg = ChainMap(user, defaults)  # ?rc cfg user
limits = cfg["limits"]  # ?rc limits -- found in the user layer
cols = cfg["columns"]  # ?rc cols
run = cfg.new_child({"limits": [1, 2]})  # ?rc run
run_limits = run["limits"]  # ?rc run_limits
run["columns"] = columns[:2]  # ?rc columns
narrow = run["columns"]  # ?rc narrow
flat = dict(run)  # ?rc narrow limits
parent = run.parents  # ?rc parent user
layers = run.maps  # ?rc layers
del run  # ?rc layers narrow
del flat  # ?rc narrow
top = layers.pop(0)  # ?rc top
del top  # ?rc run_limits
del parent, layers  # ?rc cfg user
cfg.maps.clear()  # ?rc user columns
print(limits, cols, narrow, run_limits)
