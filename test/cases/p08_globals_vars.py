# globals(), locals() and vars(): the module namespace is a dict that holds
# every global; vars(obj) is the instance __dict__.
import gc


class Bag:
    pass


item = [3.5]  # ?rc item
g = globals()  # ?rc g
g["alias"] = item  # ?rc item
copy = dict(g)  # ?rc item copy
del copy  # ?rc item
b = Bag()  # ?rc b
b.val = item  # ?rc item
d = vars(b)  # ?rc d b
d["more"] = item  # ?rc item
del d  # ?rc b item


def show(x):
    snap = locals()  # ?rc x snap
    return len(snap)


n = show(item)  # ?rc item
del alias  # ?rc item
b.self = b  # ?rc b
del b
print(gc.collect())  # instance + its materialised __dict__
