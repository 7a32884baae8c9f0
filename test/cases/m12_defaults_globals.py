# Default arguments and global caches: defaults are evaluated once and
# held by the function; a global cache dict keeps values alive; global
# rebinding drops the old value.
import gc

SENTINEL = object()  # ?rc SENTINEL
_cache = {}


def append_to(item, target=[]):
    target.append(item)  # ?rc target
    return target


def lookup(key, default=SENTINEL):
    got = _cache.get(key, default)  # ?rc got default
    return got


def remember(key, value):
    global last_value
    _cache[key] = value  # ?rc value
    last_value = value  # ?rc value
    return len(_cache)


class Config:
    pass


gc.collect()
out1 = append_to(1.5)  # ?rc out1
out2 = append_to(2.5)  # ?rc out1 out2
print(out1 is out2)
defaults = append_to.__defaults__  # ?rc defaults
default_list = defaults[0]  # ?rc default_list
cfg = Config()  # ?rc cfg
remember("cfg key!", cfg)  # ?rc cfg
found = lookup("cfg key!")  # ?rc found cfg
missing = lookup("no such key!")  # ?rc missing SENTINEL
cfg2 = Config()
remember("other key!", cfg2)  # ?rc cfg cfg2
del found, missing  # ?rc cfg
_cache.clear()  # ?rc cfg cfg2
del cfg2  # ?rc last_value


def with_cfg(c=Config()):
    c.me = c  # ?rc c
    return c


x = with_cfg()  # ?rc x
y = with_cfg()  # ?rc x y
del x, y
with_cfg.__defaults__ = None
print(gc.collect())  # the old default instance held itself
for i in range(3):
    remember(i, Config())  # ?rc last_value
print(gc.collect())
_cache.clear()  # ?rc last_value
default_list.append(default_list)  # ?rc default_list
del append_to, defaults
del default_list, out1, out2
print(gc.collect())  # the default list, and the function? no
