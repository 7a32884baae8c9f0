# Theme: a pricing engine: functools.partial discounts, reduce over line
# items, cached_property totals, total_ordering, singledispatch formatting.
import functools
import gc
import sys
from decimal import Decimal


@functools.total_ordering
class Money:
    def __init__(self, amount):
        self.amount = Decimal(amount)

    def __eq__(self, other):
        return self.amount == other.amount

    def __lt__(self, other):
        return self.amount < other.amount


class Cart:
    def __init__(self, lines):
        self.lines = lines

    @functools.cached_property
    def total(self):
        return functools.reduce(lambda acc, m: acc + m.amount, self.lines, Decimal("0"))


def discount(rate, money):
    return Money(money.amount * (1 - rate))


@functools.singledispatch
def render(value):
    return "?"


@render.register
def _(value: Money):
    return "EUR %s" % value.amount.quantize(Decimal("0.01"))


@render.register
def _(value: list):
    return ", ".join(render(v) for v in value)


ten_off = functools.partial(discount, Decimal("0.10"))  # ?rc ten_off
lines = [Money("19.99"), Money("5.25"), Money("42.00")]  # ?rc lines
cheap = min(lines)  # ?rc cheap
dear = max(lines)  # ?rc dear
reduced = list(map(ten_off, lines))  # ?rc reduced ten_off
cart = Cart(reduced)  # ?rc cart reduced
t1 = cart.total  # ?rc t1
t2 = cart.total  # ?rc t1 t2
cached = cart.__dict__  # ?rc cached
label = render(reduced)  # ?rc label
one = render(dear)  # ?rc one dear
other = render(3.5)  # ?rc other
ordered = sorted(lines, reverse=True)  # ?rc ordered dear cheap
flag = cheap <= dear  # ?rc flag
args = ten_off.args  # ?rc args
func = ten_off.func  # ?rc func
del cart, cached  # ?rc t1 reduced
del ordered  # ?rc dear
cart2 = Cart(lines)  # ?rc cart2
cart2.me = cart2
del cart2
print(gc.collect())
print(sys.getrefcount(ten_off), label, one, other)
