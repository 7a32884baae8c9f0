# Theme: an invoice in decimal.Decimal: line items with unit prices parsed
# from strings, quantize to cents with ROUND_HALF_UP, a localcontext with
# higher precision for the tax, and the lines formatted with str.join.
import gc
from decimal import ROUND_HALF_UP, Decimal, localcontext

CENT = Decimal("0.01")  # ?rc CENT
TAX_RATE = Decimal("0.0825")  # ?rc TAX_RATE


class LineItem:
    def __init__(self, sku, qty, unit_price):
        self.sku = sku
        self.qty = qty
        self.unit_price = Decimal(unit_price)

    def amount(self):
        raw = self.unit_price * self.qty  # ?rc raw
        return raw.quantize(CENT, rounding=ROUND_HALF_UP)


items = [LineItem("widget-a", 3, "19.99"), LineItem("gadget-b", 1, "249.50"),
         LineItem("cable-c", 4, "7.25")]  # ?rc items
amounts = [it.amount() for it in items]  # ?rc amounts
first = amounts[0]  # ?rc first
subtotal = sum(amounts, Decimal(0))  # ?rc subtotal first
with localcontext() as ctx:
    ctx.prec = 40
    exact_tax = subtotal * TAX_RATE  # ?rc exact_tax ctx
tax = exact_tax.quantize(CENT, rounding=ROUND_HALF_UP)  # ?rc tax exact_tax
total = subtotal + tax  # ?rc total
same = total  # ?rc total
lines = [f"{it.sku:<10}{amt:>10}" for it, amt in zip(items, amounts)]  # ?rc lines
text = "\n".join(lines + [f"{'TOTAL':<10}{total:>10}"])  # ?rc text
zero = Decimal("0.00")  # ?rc zero
is_paid = total > zero
del same  # ?rc total
refund = -total  # ?rc refund total
by_amount = sorted(items, key=LineItem.amount, reverse=True)  # ?rc by_amount
top = by_amount[0]  # ?rc top
del items, by_amount, top, lines  # ?rc first amounts
print(text, is_paid, refund, gc.collect())
