# Theme: functools.partial and lru_cache: both keep their arguments (and
# results) alive until they are cleared.
import functools
import gc
import sys


class Config:
    def __init__(self, scale):
        self.scale = scale


def apply(cfg, value):
    return value * cfg.scale


@functools.lru_cache(maxsize=2)
def build(n):
    return [n * 0.25]


gc.collect()
cfg = Config(2.5)  # ?rc cfg
scaled = functools.partial(apply, cfg)  # ?rc cfg scaled
res = scaled(4.0)  # ?rc res cfg
again = functools.partial(scaled, 8.0)  # ?rc scaled again
print(again())
args = again.args  # ?rc args
del args
del again  # ?rc scaled
b1 = build(1000)  # ?rc b1
b2 = build(1000)  # ?rc b1
b3 = build(2000)  # ?rc b3
b4 = build(3000)  # ?rc b1 b4 -- maxsize 2: the first result is evicted
info = build.cache_info()  # ?rc info
print(info.hits, info.misses)
build.cache_clear()  # ?rc b3 b4
del b2
print(sys.getrefcount(b1))
del scaled  # ?rc cfg
print(gc.collect())
meth_cached = functools.lru_cache(maxsize=None)(lambda c: c.scale * 2)
out = meth_cached(cfg)  # ?rc cfg out
out2 = meth_cached(cfg)  # ?rc cfg
meth_cached.cache_clear()  # ?rc cfg
print(gc.collect())
