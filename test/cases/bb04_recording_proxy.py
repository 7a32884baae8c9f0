# Theme: a recording proxy. __setattr__ stores values in a side dict,
# __getattr__ serves them (falling back to the wrapped target),
# __delattr__ moves deleted values to a trash list, and
# __getattribute__ logs every lookup.
import gc


class Record:
    pass


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_values", {})
        object.__setattr__(self, "_trash", [])
        object.__setattr__(self, "_hits", [])

    def __getattribute__(self, name):
        hits = object.__getattribute__(self, "_hits")
        hits.append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        values = object.__getattribute__(self, "_values")
        if name in values:
            return values[name]
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name, value):
        self._values[name] = value

    def __delattr__(self, name):
        self._trash.append(self._values.pop(name))


rec = Record()  # ?rc rec
rec.owner = [1.5, 2.5]
owner = rec.owner  # ?rc owner
p = Proxy(rec)  # ?rc rec p
payload = {"size": 10 ** 6}  # ?rc payload
p.payload = payload  # ?rc payload
got = p.payload  # ?rc payload got
o2 = p.owner  # ?rc owner o2
del p.payload  # ?rc payload got
trash = p._trash  # ?rc trash payload
hits = p._hits  # ?rc hits
p.me = p  # ?rc p
del p, trash, hits  # ?rc payload rec
print(gc.collect())
after = rec  # ?rc rec owner payload
