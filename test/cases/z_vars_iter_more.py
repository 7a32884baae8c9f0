# Theme: a settings object copied, diffed and dumped through its __dict__:
# attributes deleted and set again (they move to the end), a name added with
# setattr, a class attribute table copied from vars(cls), the globals scanned
# for instances.
import gc


class Settings:
    mode = "fast"

    def __init__(self, **kw):
        for key, value in kw.items():
            setattr(self, key, value)

    def changed_from(self, other):
        out = {}
        for key, value in vars(self).items():
            if vars(other).get(key) is not value:
                out[key] = value
        return out


paths = ["/usr/lib", "/opt/lib"]
flags = {"verbose": True}
base = Settings(paths=paths, flags=flags)  # ?rc base paths flags
user = Settings(paths=paths, flags=dict(flags))  # ?rc user paths flags
diff = user.changed_from(base)  # ?rc diff paths flags
print(sorted(diff))
del user.paths
user.paths = list(paths)
order = list(vars(user))  # ?rc order
print(order)
last = order[-1]
print(last)
setattr(user, "extra key!", [0])
dump = dict(sorted(vars(user).items()))  # ?rc dump paths
print(list(dump))
table = {}
for name, attr in vars(Settings).items():
    if not name.startswith("__"):
        table[name] = attr  # ?rc table
print(sorted(table))
found = [n for n, v in list(globals().items()) if isinstance(v, Settings)]  # ?rc found
print(found)
del base, user, diff, dump, table
print(gc.collect())
