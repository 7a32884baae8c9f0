# Stores and deletions on builtin (static, immutable) types raise TypeError:
# the value is released, the handler runs, nothing is added to the type.
import gc


class Box:
    pass


b = Box()
try:
    int.x = b
except TypeError as e:
    msg = str(e)  # ?rc b msg
n = [b]  # ?rc b
try:
    del int.real
except TypeError as e:
    kept = e  # ?rc kept
m = [b]  # ?rc b kept
for t in (str, list, ValueError, object):
    try:
        setattr(t, "extra", b)
    except TypeError:
        m.append(t)
k = [b]  # ?rc b m
try:
    delattr(dict, "keys")
except TypeError as err:
    saved = [err, b]  # ?rc saved b
del kept, saved
print(gc.collect(), len(m))
