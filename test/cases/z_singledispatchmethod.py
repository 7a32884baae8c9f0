# Theme: functools.singledispatchmethod: __get__ makes a closure holding the
# instance (cached per instance on 3.13), calls dispatch on the first argument.
import gc
import sys
from functools import singledispatchmethod


class Fmt:
    def __init__(self):
        self.seen = []

    @singledispatchmethod
    def show(self, arg):
        self.seen.append(arg)
        inner = sys.getrefcount(arg)
        return [arg, inner]

    @show.register
    def _(self, arg: float):
        return (arg, arg)

    @show.register(list)
    def _list(self, arg):
        return [len(arg)]


f = Fmt()  # ?rc f
item = {"k": 1}  # ?rc item
a = f.show(item)  # ?rc a item f
b = f.show(2.5 * 3)  # ?rc b f
c = f.show([item])  # ?rc c item
bound = f.show  # ?rc bound f
again = f.show  # ?rc again f bound
del bound, again  # ?rc f
g = Fmt()
h = g.show(item)  # ?rc g item
del a, h  # ?rc item
print(gc.collect())
