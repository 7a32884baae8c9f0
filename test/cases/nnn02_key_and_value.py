# The same object used as a dict key and as its own value: how many
# references does the dict hold, and what happens with setdefault, fromkeys,
# update, pop and a dict that is a key of nothing but holds itself.
import gc
import sys


class Token:
    pass


t = Token()
d = {t: t}  # ?rc t
d[t] = t  # ?rc t -- replacing the value with the same object
print(sys.getrefcount(t))
same = d.setdefault(t, Token())
fresh = dict.fromkeys([t], t)  # ?rc t
d.update(fresh)  # ?rc t
val = d.pop(t)  # ?rc t
del val, same  # ?rc t


def fill(table, key):
    table[key] = key  # ?rc key
    table[key] = table  # ?rc key table
    return table


out = fill({}, t)  # ?rc t out
print(sys.getrefcount(out))
items = list(out.items())  # ?rc t out
del items  # ?rc t
del out
print(gc.collect())  # the dict holding itself as a value
print(sys.getrefcount(t))
ks = dict.fromkeys((t, 3.25 * 2), None)  # ?rc t
keys_view = ks.keys()  # ?rc ks
kl = list(keys_view)
del ks  # ?rc t
del keys_view, kl  # ?rc t
pair_key = (t, 2.5 * 3)
table = {pair_key: pair_key}  # ?rc pair_key
table[pair_key] = t  # ?rc pair_key t
