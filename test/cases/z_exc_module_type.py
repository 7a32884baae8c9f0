# Theme: modules made at run time with types.ModuleType: the module holds its
# name twice (md_name and __name__ in its dict), attributes live in its dict,
# `mod.__dict__` is that dict itself, and a module that refers to itself is a
# cycle only gc.collect() frees (the module and its dict).
import gc
import sys
import types

name = "settings " + str(2)  # ?rc name
mod = types.ModuleType(name, "Run-time settings.")  # ?rc mod name
ns = mod.__dict__  # ?rc ns mod
limits = [10, 20]
mod.limits = limits  # ?rc limits
same = mod.limits  # ?rc same
ns["extra"] = {"k": 1.5}
extra = mod.extra  # ?rc extra
mod.limits = [30]  # ?rc limits
del mod.extra  # ?rc extra
print(mod.__name__, sorted(ns))
mod.me = mod  # ?rc mod
del ns, mod  # ?rc name
print(gc.collect())  # the module and its dict
lone = types.ModuleType("lone mod")  # ?rc lone
lone.box = [1.5]
box = lone.box  # ?rc box
del lone  # ?rc box
reg = types.ModuleType("registered mod")
sys.modules["registered_mod_x"] = reg
reg.items = [2.5]  # ?rc reg
del sys.modules["registered_mod_x"]
after = name  # ?rc after
