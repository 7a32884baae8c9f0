# Mutable default arguments: the list lives in __defaults__ and survives
# between calls; every appended object gains a reference there.
import gc


class Ev:
    pass


def log(ev, into=[]):
    into.append(ev)  # ?rc into ev
    return into


e1 = Ev()  # ?rc e1
r1 = log(e1)  # ?rc e1 r1
e2 = Ev()
r2 = log(e2)  # ?rc e2
mine = []  # ?rc mine
r3 = log(e1, mine)  # ?rc e1 mine
defaults = log.__defaults__  # ?rc defaults r1
log.__defaults__ = ([],)  # ?rc r1 defaults
del defaults
r4 = log(e2)  # ?rc e2 r4
del r1, r2  # ?rc e1 e2
r4.append(r4)  # ?rc r4
log.__defaults__ = None  # ?rc r4
del r4
print(gc.collect())  # the self-containing list
