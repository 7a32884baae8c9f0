# Theme: generator objects that refer to themselves, and iterators over cycles.
import gc

gc.collect()

def loop():
    while True:
        x = yield
        if x is None:
            break

g = loop()
next(g)

box = [g]
box.append(box)
del g, box
print(gc.collect())
lst = [1.5]
lst.append(lst)
it = iter(lst)
del lst
print(gc.collect())
del it
print(gc.collect())
