# list() of a list whose order the model does not know (sorted by id, made from a set) is a list
# of the same items in an order just as unknown: the items' counts stay exact until something
# reads a position.
import gc


class V:
    pass


a = V()
b = V()
srt = sorted([a, b], key=id)  # ?rc srt a b
cp = list(srt)  # ?rc cp a b
again = list(list({a, b}))  # ?rc again a b
n = len(cp)  # ?rc a
del srt  # ?rc a b
for item in cp:
    pass
del item  # ?rc a b
first = cp[0]  # ?rc cp
cp.append(cp)
del cp, again, first
got = gc.collect()  # ?gc got
