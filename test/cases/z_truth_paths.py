# Truth tests of instances with __bool__ / __len__ in every syntax: and/or, comprehension filters, any/all, filter(), match guards
import gc


class Flag:
    def __init__(self, on):
        self.on = on
        self.asked = []

    def __bool__(self):
        self.asked.append(self)
        return self.on


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


yes = Flag(True)  # ?rc yes
no = Flag(False)  # ?rc no
r = yes and no  # ?rc yes no r
r2 = no or yes  # ?rc no yes r2
flags = [yes, no, Flag(True)]  # ?rc yes no flags
kept = [f for f in flags if f]  # ?rc yes no kept
n = len(kept)  # ?rc n
a = any(flags)  # ?rc a yes
b = all(flags)  # ?rc b no
fl = list(filter(None, flags))  # ?rc fl yes no
empty = Bag([])  # ?rc empty
full = Bag([1, 2])  # ?rc full
pick = empty or full  # ?rc pick full empty
match full:
    case Bag() if full:
        hit = full  # ?rc hit full
    case _:
        hit = None
del r, r2, kept, fl, pick, hit
yes.asked.clear()  # ?rc yes
no.asked.clear()  # ?rc no
gc.collect()
for f in flags:
    f.asked.clear()
del flags, f
gc.collect()
