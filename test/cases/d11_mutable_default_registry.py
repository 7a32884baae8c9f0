# Theme: functions whose mutable default arguments act as registries. The
# defaults tuple keeps the registry (and everything in it) alive as long as
# the function lives; registering the function itself closes a cycle.
import gc


def register(obj, registry={}):
    registry[len(registry)] = obj
    return registry


def remember(item, seen=[]):
    seen.append(item)
    return seen


class Plugin:
    def __init__(self, name):
        self.name = name


gc.collect()
p1 = Plugin("alpha plugin")  # ?rc p1
reg = register(p1)  # ?rc p1 reg
reg2 = register(p1)  # ?rc p1 reg
del reg2  # ?rc reg
register(register)  # ?rc reg register -- register -> defaults -> dict -> register
seen = remember(p1)  # ?rc p1 seen
seen = remember(seen)  # ?rc seen -- the registry now contains itself
del register  # ?rc reg p1
print(gc.collect())  # nothing: reg still names the dict
del reg  # ?rc p1
print(gc.collect())  # the function, its defaults tuple and the dict
del remember  # ?rc seen p1
del seen
print(gc.collect())  # the self-containing list
solo = p1  # ?rc p1
