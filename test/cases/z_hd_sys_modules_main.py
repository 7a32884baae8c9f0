# sys.modules[name], sys.modules.get(name) and importlib.import_module(name) give the module the import system
# keeps under that name; for '__main__' (and `sys.modules[__name__]` in the script) that is
# the running script's module, whose attributes are the script's globals and whose
# __dict__ is the dict globals() gives: reading through it reaches the same objects.
import importlib
import json
import sys


class Obj:
    pass


o = Obj()  # ?rc o
main = sys.modules["__main__"]
alias = main.o  # ?rc o alias
same = sys.modules[__name__]
print(same is main)
g = vars(main)  # ?rc o
keep = [g["o"]]  # ?rc o keep
m2 = importlib.import_module("__main__")
k2 = getattr(m2, "o")  # ?rc o k2
setattr(main, "o2", o)  # ?rc o
print(importlib.import_module("json") is json, sys.modules["json"] is json)
del keep, k2, alias  # ?rc o
main.o3 = [o]  # ?rc o
got = o3[0]  # ?rc got
del main.o2  # ?rc o
print(sys.getrefcount(o))
m3 = sys.modules.get("__main__")
k3 = m3.o  # ?rc o k3
print(sys.modules.get("json") is json, sys.modules.get("no such module!", None))
