# Theme: `in` on weak dictionaries, and a WeakValueDictionary's KeyedRef in .data
import gc
import sys
import weakref
class Img:
    pass
cache = weakref.WeakKeyDictionary()
img = Img()
if img not in cache:
    cache[img] = [0.5]
h = cache[img]  # ?rc h img
print(img in cache, Img() in cache, 3 in cache)
del img  # ?rc h
print(gc.collect(), len(cache))
reg = weakref.WeakValueDictionary()
p = Img()
if "csv" not in reg:
    reg["csv"] = p
print("csv" in reg, "json" in reg)  # ?rc p
kref = reg.data["csv"]  # ?rc kref p
print(kref() is p, kref.key)  # ?rc kref
del p  # ?rc kref
print(gc.collect(), "csv" in reg)
