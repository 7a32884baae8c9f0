# Theme: any()/all() over generator expressions stop early; the suspended
# generator (and the item it names) is freed when the call returns.
import sys


class Flag:
    def __init__(self, on):
        self.on = on


flags = [Flag(False), Flag(True), Flag(False)]  # ?rc flags
f1 = flags[1]  # ?rc f1
hit = any(f.on for f in flags)  # ?rc f1 flags
every = all(f.on for f in flags)  # ?rc flags
gen = (f for f in flags if f.on)  # ?rc flags gen
found = next(gen)  # ?rc found f1
print(sys.getrefcount(f1))
del gen  # ?rc flags f1
firsts = [f for f in flags if not f.on][:1]  # ?rc firsts
del found  # ?rc f1
