# Theme: an invoice report built with f-strings that call __repr__ (!r),
# __str__ and __format__ of domain objects; the line objects outlive the
# text, and the temporary strings leave no references behind.
import sys


class Item:
    def __init__(self, sku, price):
        self.sku = sku
        self.price = price

    def __repr__(self):
        return f"Item({self.sku!r}, {self.price!r})"


class Line:
    def __init__(self, item, qty):
        self.item = item
        self.qty = qty

    @property
    def total(self):
        return self.item.price * self.qty

    def __str__(self):
        return f"{self.qty} x {self.item!r} = {self.total:.2f}"

    def __format__(self, spec):
        text = str(self)
        return text.upper() if spec == "loud" else text


class Invoice:
    def __init__(self, number):
        self.number = number
        self.lines = []

    def add(self, item, qty):
        line = Line(item, qty)
        self.lines.append(line)  # ?rc line item
        return line

    def render(self):
        parts = [f"Invoice {self.number}"]
        for ln in self.lines:
            parts.append(f"  {ln}")  # ?rc ln
        return "\n".join(parts)


pen = Item("PEN-01", 1.25)  # ?rc pen
pad = Item("PAD-A4", 3.5)  # ?rc pad
inv = Invoice("2024-017")  # ?rc inv
l1 = inv.add(pen, 4)  # ?rc l1 pen
l2 = inv.add(pad, 2)  # ?rc l2 pad
inv.add(pen, 10)  # ?rc pen
text = inv.render()  # ?rc text
loud = f"{l1:loud}"  # ?rc loud l1
shown = repr(pad)  # ?rc shown
amount = l2.total  # ?rc amount
print(text, loud, sys.getrefcount(l1))
lines = inv.lines  # ?rc lines
del inv  # ?rc lines l1 pen
del lines  # ?rc l1 l2 pen pad
