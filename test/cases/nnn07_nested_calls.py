# An object passed down through several nested function calls and handed
# back up; plus default arguments that quietly hold objects for as long as
# the function exists.
import sys


class Parcel:
    pass


def level3(obj):
    here = obj  # ?rc obj
    print(sys.getrefcount(obj))
    return here


def level2(obj):
    got = level3(obj)  # ?rc obj
    return got


def level1(obj):
    back = level2(obj)  # ?rc obj
    return [back, obj]


p = Parcel()  # ?rc p
pair = level1(p)  # ?rc p
del pair  # ?rc p
ret = level2(level3(p))  # ?rc p
del ret
fallback = Parcel()  # ?rc fallback


def with_default(x=fallback, cache=[]):
    cache.append(x)  # ?rc x cache
    return len(cache)


with_default()  # ?rc fallback
with_default()  # ?rc fallback
with_default(p)  # ?rc p fallback
print(sys.getrefcount(fallback))
stored = with_default.__defaults__  # ?rc fallback
box = stored[1]  # ?rc box
del stored
del with_default  # ?rc fallback p box
box.clear()  # ?rc fallback p


def chain(obj, depth):
    if depth == 0:
        return obj
    return chain(obj, depth - 1)


deep = chain(p, 4)  # ?rc p deep
