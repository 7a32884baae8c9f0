# Theme: a mutable default argument used as a registry; *args and **kwargs
# packing in a forwarding wrapper keeps references while it runs.
class Plugin:
    def __init__(self, name):
        self.name = name


def register(plugin, *tags, registry=[], **meta):
    entry = (plugin, tags, meta)  # ?rc plugin entry
    registry.append(entry)  # ?rc entry
    return registry


def forward(*args, **kwargs):
    packed = args  # ?rc packed
    return register(*args, **kwargs)


p1 = Plugin("alpha plugin")  # ?rc p1
reg = register(p1, "fast!", "safe!")  # ?rc p1 reg
p2 = Plugin("beta plugin")
reg2 = forward(p2, "slow!", level=2.5)  # ?rc p2 reg reg2
defaults = register.__kwdefaults__  # ?rc defaults
same = defaults["registry"]  # ?rc same reg
first = same[0]  # ?rc first p1
same.clear()  # ?rc p1 p2 first
del first  # ?rc p1
opts = {"level": 0.25 * 3}
p3 = Plugin("gamma plugin")
reg3 = register(p3, **opts)  # ?rc p3 opts
last = reg3[-1]  # ?rc last p3
del last, reg3  # ?rc p3
