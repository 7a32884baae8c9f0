# Theme: default arguments are evaluated once and held by the function's
# __defaults__ / __kwdefaults__ tuples; mutable defaults accumulate;
# lru_cache and partial keep their arguments too.
import functools


class Sentinel:
    pass


MISSING = Sentinel()  # ?rc MISSING
shared = []  # ?rc shared


def remember(item, store=shared, *, marker=MISSING):
    store.append(item)  # ?rc store marker item
    return len(store)


def pick(value=MISSING):
    if value is MISSING:
        local = value  # ?rc value local
        return None
    return value


obj = Sentinel()  # ?rc obj
remember(obj)  # ?rc shared obj
remember(obj)  # ?rc shared obj
own = []  # ?rc own
remember(obj, own, marker=obj)  # ?rc obj own
pick()  # ?rc MISSING
pick(obj)  # ?rc obj
saved_defaults = remember.__defaults__  # ?rc shared saved_defaults
kw = remember.__kwdefaults__  # ?rc MISSING kw
remember.__defaults__ = ([],)  # ?rc shared saved_defaults
del saved_defaults  # ?rc shared
shared.clear()  # ?rc obj
del remember  # ?rc MISSING kw
kw = None  # ?rc MISSING


@functools.lru_cache(maxsize=2)
def lookup(key):
    found = [key]  # ?rc key found
    return found


k1 = Sentinel()  # ?rc k1
res1 = lookup(k1)  # ?rc k1 res1 -- the cache keeps key and result
res1b = lookup(k1)
part = functools.partial(pick, value=k1)  # ?rc k1 part
back = part()  # ?rc k1 back
lookup.cache_clear()  # ?rc k1 res1
del part, back  # ?rc k1
