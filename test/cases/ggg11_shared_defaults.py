# Theme: default argument values are created once and shared by every call
# that does not pass the argument. A mutable default accumulates across calls;
# the None-sentinel idiom makes a fresh object each time instead.


def collect(item, into=[]):
    into.append(item)  # ?rc into item
    return into


def collect_safe(item, into=None):
    if into is None:
        into = []
    into.append(item)  # ?rc into
    return into


FALLBACK = {"theme": "dark mode"}  # ?rc FALLBACK


def settings(user, base=FALLBACK, *, extra=FALLBACK):
    merged = dict(base)  # ?rc base
    merged.update(extra)
    return merged


a = collect(1.5)  # ?rc a
b = collect(2.5)  # ?rc a b
c = collect(3.5, [])  # ?rc c
defaults = collect.__defaults__  # ?rc defaults
bucket = defaults[0]  # ?rc bucket
for k in range(3):
    fresh = collect_safe(k * 0.5)  # ?rc fresh
s1 = settings("ann")  # ?rc s1 FALLBACK
s2 = settings("bob", {"theme": "light mode"})  # ?rc FALLBACK
kwd = settings.__kwdefaults__  # ?rc kwd
del a, b  # ?rc bucket
collect.__defaults__ = ([],)  # ?rc bucket defaults
del defaults  # ?rc bucket
d = collect(4.5)  # ?rc d bucket
del settings  # ?rc FALLBACK kwd
del kwd  # ?rc FALLBACK
