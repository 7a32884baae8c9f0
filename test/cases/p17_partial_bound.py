# functools.partial of a bound method: the partial holds the bound method,
# which holds the instance; storing it on the instance makes a cycle.
import functools
import gc
import sys


class Button:
    def __init__(self, label):
        self.label = label

    def click(self, times):
        return self.label * times


btn = Button("ok!")  # ?rc btn
meth = btn.click  # ?rc btn meth
cb = functools.partial(meth, 2)  # ?rc meth cb btn
del meth  # ?rc btn
res = cb()  # ?rc res
print(sys.getrefcount(cb))
cb2 = functools.partial(cb)  # ?rc cb2 cb -- flattened: shares the method
del cb  # ?rc btn
btn.handler = cb2  # ?rc btn cb2
del cb2  # ?rc btn
del btn
print(gc.collect())  # instance, partial, bound method
