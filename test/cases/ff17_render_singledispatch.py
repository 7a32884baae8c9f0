# Theme: rendering report cells with functools.singledispatch: registration
# by annotation and by argument, dispatch on a user class and a subclass,
# and str.join / str.format of the rendered pieces.
import gc
from datetime import date
from decimal import Decimal
from functools import singledispatch


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency


class Refund(Money):
    pass


@singledispatch
def render(value):
    return repr(value)


@render.register
def _(value: float):
    return f"{value:.2f}"


@render.register(Money)
def _(value):
    s = "{} {}".format(value.currency, value.amount)  # ?rc value
    return s


@render.register
def _(value: list):
    parts = [render(v) for v in value]  # ?rc value parts
    return "[" + ", ".join(parts) + "]"


@render.register(date)
def _(value):
    return value.strftime("%d %b %Y")


price = Money(Decimal("12.50"), "EUR")  # ?rc price
back = Refund(Decimal("-3.25"), "EUR")  # ?rc back
cells = [price, back, 2.5 * 3, date(2024, 2, 29)]  # ?rc cells price
out = render(cells)  # ?rc out cells price
single = render(back)  # ?rc single back
fallback = render({"k": "v"})
impl = render.dispatch(Refund)  # ?rc impl
same = impl is render.dispatch(Money)
row = " | ".join(render(c) for c in cells)  # ?rc row
del cells  # ?rc price back
print(out, single, fallback, row, same, gc.collect())
