# collections.ChainMap: a list holding the mappings themselves; lookups, stores into the first map, new_child, parents
import collections
import gc

defaults = {"colour": "dark blue", "size": 12}  # ?rc defaults
user = {"size": 14}  # ?rc user
settings = collections.ChainMap(user, defaults)  # ?rc settings user defaults
colour = settings["colour"]  # ?rc colour
size = settings.get("size")  # ?rc size
missing = settings.get("font", "mono space")  # ?rc missing
maps = settings.maps  # ?rc maps user
child = settings.new_child()  # ?rc child settings user defaults
child["colour"] = "bright red"  # ?rc child
first = child.maps[0]  # ?rc first
up = child.parents  # ?rc up user
keys = list(settings)  # ?rc keys
n = len(child)  # ?rc n
has = "size" in child  # ?rc has
try:
    settings["nothing here"]
except KeyError as err:
    why = err  # ?rc why
del why, up, maps, first
child.maps.append(child)
del child
print(gc.collect())
