# Theme: DEBUG_SAVEALL with objects hanging off a cycle, a young-generation
# collection, and a finalizer: everything unreachable goes to gc.garbage,
# also objects that are not in a cycle but only reachable from one.
import gc

gc.set_debug(gc.DEBUG_SAVEALL)
gc.collect()


class Part:
    pass


class Noisy:
    def __del__(self):
        pass


a, b = Part(), Part()
tail = [3.5, 4.5]  # ?rc tail
a.peer, b.peer = b, a
a.tail = tail  # ?rc a tail
del a, b
print(gc.collect(0))  # the two instances, from the youngest generation
print(len(gc.garbage))
saved_a = gc.garbage[0]  # ?rc saved_a tail
box = {"payload": [5.5]}
lst = [box]
box["back"] = lst  # ?rc box lst
del box, lst
print(gc.collect())  # dict, list and the list hanging off the dict
inner = gc.garbage[-1]  # ?rc inner
x = Noisy()
x.me = x  # ?rc x
del x
print(gc.collect())
noisy = gc.garbage[-1]  # ?rc noisy
gc.garbage.clear()  # ?rc saved_a noisy inner tail
del saved_a, inner, noisy
gc.set_debug(0)
print(gc.collect())
print(len(gc.garbage))
