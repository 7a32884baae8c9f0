# Theme: functools.singledispatch with register() by annotation and by type,
# a dispatch cache keyed by class, and singledispatchmethod on a class.
import gc
from functools import singledispatch, singledispatchmethod


@singledispatch
def render(obj):
    return ["?", obj]


@render.register
def _(obj: list):
    return [render(x) for x in obj]


@render.register(float)
def _render_float(obj):
    return ["f", obj]


class Money:
    def __init__(self, amount):
        self.amount = amount


@render.register(Money)
def _(obj):
    return ["$", obj.amount]


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return [arg]

    @fmt.register
    def _(self, arg: float):
        return [arg, arg]


price = 9.75 * 2  # ?rc price
m = Money(price)  # ?rc m price
r1 = render(m)  # ?rc r1 price
r2 = render([m, price])  # ?rc r2 price
r3 = render(price)  # ?rc r3 price
impl = render.dispatch(Money)  # ?rc impl
reg = render.registry  # ?rc reg
f = Formatter()
out = f.fmt(price)  # ?rc out price
out2 = f.fmt(m)  # ?rc out2 m
del r1, r2, r3, out  # ?rc price
del m, out2  # ?rc price
print(gc.collect())
