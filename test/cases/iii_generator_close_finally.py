# Theme: a generator with try/finally closed early; the finally block runs on
# close() and releases the resource the frame held.
import gc

log = []


class Res:
    pass


def produce(res):
    try:
        for i in range(3):
            yield res
    finally:
        log.append(res)  # ?rc res


r = Res()  # ?rc r
g = produce(r)  # ?rc r g
x = next(g)  # ?rc r x
del x  # ?rc r
g.close()  # ?rc r
del g  # ?rc r
got = log.pop()  # ?rc r got
del got
g2 = produce(r)  # ?rc r
y = next(g2)  # ?rc r
del g2  # ?rc r y -- close on dealloc runs finally
log.clear()  # ?rc r
print(gc.collect())
