# Theme: a WeakKeyDictionary mapping objects to extra data; entries go when
# the key dies, and a value referring back to its key keeps it alive.
import weakref
import gc


class Obj:
    pass


extra = weakref.WeakKeyDictionary()
a, b = Obj(), Obj()  # ?rc a b
extra[a] = ["data for a"]  # ?rc a
extra[b] = [b]  # ?rc b
data_a = extra[a]  # ?rc data_a
print(len(extra))
del a  # ?rc data_a
print(len(extra))
del b
print(len(extra), gc.collect())
print(len(extra))
