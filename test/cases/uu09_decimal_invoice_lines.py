# Theme: invoice lines in decimal.Decimal: quantize to cents, sum with a
# Decimal start, a localcontext for rounding, and the largest line found
# with max(key=attrgetter); line objects are dropped at the end.
from decimal import Decimal, ROUND_HALF_UP, localcontext
from operator import attrgetter

CENT = Decimal("0.01")  # ?rc CENT


class Line:
    def __init__(self, desc, qty, unit):
        self.desc = desc
        self.qty = qty
        self.unit = Decimal(unit)
        self.total = (self.unit * qty).quantize(CENT, rounding=ROUND_HALF_UP)


lines = [Line("widget", 3, "4.995"), Line("gadget", 1, "19.50"),
         Line("cable", 7, "1.333")]  # ?rc lines
big = max(lines, key=attrgetter("total"))  # ?rc big
big_total = big.total  # ?rc big_total
subtotal = sum((ln.total for ln in lines), Decimal("0"))  # ?rc subtotal
with localcontext() as ctx:
    ctx.prec = 4
    rough = subtotal * Decimal("1.0825")  # ?rc rough ctx
tax = (subtotal * Decimal("0.0825")).quantize(CENT)  # ?rc tax CENT
grand = subtotal + tax  # ?rc grand
same = grand.quantize(CENT)  # ?rc same grand -- already exact: same object?
parts = grand.as_tuple()  # ?rc parts
neg = -grand  # ?rc neg
del lines  # ?rc big big_total
big = None  # ?rc big_total
print(subtotal, tax, grand, rough, same, neg, parts.exponent)
