# Theme: cycles through dictionaries and lists of dictionaries.
import gc

gc.collect()
a = {"name": "a"}
b = {"name": "b"}
a["peer"] = b
b["peer"] = a  # ?rc a b
del a, b
print(gc.collect())
rows = [{"row": i} for i in range(3)]
for r in rows:
    r["all"] = rows
del r, rows
print(gc.collect())
cfg = {"list": [1, 2]}
cfg["list"].append(cfg)
del cfg
print(gc.collect())
plain = {"k": (1.5, "x")}
del plain
print(gc.collect())
