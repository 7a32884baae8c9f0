# Theme: a suspended generator's finally runs when the generator is dropped.
import gc
log = []

class Tok:
    pass

t = Tok()  # ?rc t

def worker(item):
    held = [item]
    try:
        yield 1
        yield 2
    finally:
        held.clear()
        log.append("closed")

g = worker(t)  # ?rc t
next(g)  # ?rc t
del g  # ?rc t
g2 = worker(t)
next(g2)
g2.close()  # ?rc t
g3 = worker(t)
for v in g3:
    pass  # ?rc t
del g3  # ?rc t
box = [worker(t)]
next(box[0])
box.append(box)
del box
n = gc.collect()
