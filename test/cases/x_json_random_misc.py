# Library calls that read their arguments without keeping them: json, repr,
# %-formatting, hash, isinstance, math; random with a fixed seed.
import json
import math
import random
import sys


class Cfg:
    def __init__(self, name, opts):
        self.name = name
        self.opts = opts

    def __repr__(self):
        return f"Cfg({self.name!r})"


opts = {"depth": 3, "tags": ["a", "b"]}  # ?rc opts
cfg = Cfg("main", opts)  # ?rc cfg opts
text = json.dumps(opts)  # ?rc text opts
back = json.loads(text)  # ?rc back
tags = back["tags"]  # ?rc tags back
r = repr(cfg)  # ?rc r cfg
line = "%s has %d opts" % (cfg.name, len(opts))  # ?rc line
h = hash(cfg.name)  # ?rc cfg
root = math.sqrt(opts["depth"])  # ?rc root
random.seed(7)
pool = [Cfg(str(i), opts) for i in range(3)]  # ?rc pool opts
pick = random.choice(pool)  # ?rc pick
n = random.randint(1, 6)  # ?rc n
random.shuffle(pool)  # ?rc pool pick
print(sys.getrefcount(opts))
ok = isinstance(cfg, Cfg)  # ?rc cfg
