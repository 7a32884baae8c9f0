# Theme: a particle pool with __slots__ classes. Without "__weakref__" in the
# slots weak references are refused; with it, weakref.finalize can count
# releases through a nonlocal counter in a closure. The finalize object is
# kept alive by the weakref module's registry until it fires.
import gc
import weakref


class Particle:
    __slots__ = ("x", "v")

    def __init__(self, x, v):
        self.x = x
        self.v = v


class Tracked(Particle):
    __slots__ = ("__weakref__", "pool")


def make_counter():
    released = 0

    def on_release(label):
        nonlocal released
        released += 1
        return label

    def total():
        return released
    return on_release, total


gc.collect()
on_release, total = make_counter()  # ?rc on_release total
speed = 2.5 * 3  # ?rc speed
p = Particle(0.5, speed)  # ?rc p speed
try:
    weakref.ref(p)
except TypeError as e:
    msg = str(e)  # ?rc msg p
t = Tracked(1.5, speed)  # ?rc t speed
t.pool = [t]  # ?rc t
fin = weakref.finalize(t, on_release, "tracked one!")  # ?rc fin on_release t
del t  # ?rc fin
print(gc.collect())  # t and its pool list
print(fin.alive, total())  # ?rc fin on_release speed
