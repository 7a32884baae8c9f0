# Theme: a suspended generator holds an object; a weakref callback fires
# when the generator is dropped and its frame releases the last reference.
import weakref
import gc

fired = []


class Watched:
    pass


def walker(obj):
    while True:
        got = yield obj
        if got is None:
            break


def on_gone(ref):
    fired.append(ref)  # ?rc ref


w = Watched()  # ?rc w
wr = weakref.ref(w, on_gone)  # ?rc w wr
gen = walker(w)  # ?rc w gen
first = next(gen)  # ?rc first w
again = gen.send(1.5)  # ?rc w again
del first, again, w  # ?rc wr
del gen  # ?rc wr
print(len(fired))
g2 = walker(Watched())
loop = next(g2)  # ?rc loop
loop.gen = g2  # ?rc g2
del g2, loop
print(gc.collect())  # generator <-> Watched cycle
