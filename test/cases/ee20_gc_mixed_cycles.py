# Theme: what gc.collect() finds: a recursive closure (function -> cell ->
# function), a dict that contains itself, a generator stored on its owner.
import gc


def make_walker():
    def walk(n):
        return 0 if n <= 0 else walk(n - 1) + 1
    return walk


class Owner:
    def __init__(self):
        self.gen = self.ticks()

    def ticks(self):
        while True:
            yield self


gc.collect()
w = make_walker()  # ?rc w
print(w(5))
del w
print(gc.collect())  # the function and its cell
d = {}
d["self!"] = d  # ?rc d
d2 = d  # ?rc d
del d, d2
print(gc.collect())  # the dict
o = Owner()  # ?rc o
me = next(o.gen)  # ?rc o me
del me  # ?rc o
del o
print(gc.collect())  # owner and its started generator
o2 = Owner()  # ?rc o2
del o2
print(gc.collect())  # unstarted generator in a cycle
