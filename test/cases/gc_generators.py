# Theme: generators and frames in cycles.
import gc

gc.collect()

def gen():
    me = yield
    yield me

g = gen()
next(g)
g.send(g)
del g
print(gc.collect())

def counter():
    n = 0
    while True:
        n += 1
        yield n

c = counter()
next(c)
holder = [c]
holder.append(holder)
del c, holder
print(gc.collect())
def keeps_frame():
    import sys
    f = sys._getframe()
    return f
fr = keeps_frame()
del fr
print(gc.collect())
