# Theme: decimal.Decimal values: new objects from constructors, arithmetic and
# quantize (rounding= names included); Decimal(d) is d itself.
import gc
from decimal import ROUND_HALF_UP, Decimal


class Line:
    def __init__(self, amount):
        self.amount = Decimal(amount)


price = Decimal("19.955")  # ?rc price
cents = Decimal("0.01")  # ?rc cents
rounded = price.quantize(cents, rounding=ROUND_HALF_UP)  # ?rc rounded price
share = rounded / 3  # ?rc share
total = rounded + share * 2  # ?rc total
negated = -total  # ?rc negated
again = Decimal(price)  # ?rc again price
lines = [Line("1.50"), Line("2.25")]  # ?rc lines
first = lines[0]  # ?rc first
amount = first.amount  # ?rc amount
text = str(total)  # ?rc text
lines.append(lines)
del lines, first
print(gc.collect())
print(text, negated, again)
