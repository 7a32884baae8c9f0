# Theme: functools.partial callbacks stored on the object they were bound
# to: partial -> args tuple -> object -> list -> partial.
import gc
from functools import partial


class Timer:
    def __init__(self, label):
        self.label = label
        self.callbacks = []

    def fire(self, suffix):
        return self.label + suffix


def notify(timer, suffix):
    return timer.fire(suffix)


gc.collect()
t = Timer("t1")  # ?rc t
cb = partial(notify, t, "!")  # ?rc t cb
t.callbacks.append(cb)  # ?rc cb
print(cb())
del cb
del t
print("partial cycle:", gc.collect())  # timer, list, partial, args tuple

u = Timer("u1")
u.callbacks.append(partial(notify, suffix="?"))  # no reference back to u
u.callbacks.append(lambda: u.label)  # the lambda reads the global u: no cycle
del u
print("no cycle:", gc.collect())
