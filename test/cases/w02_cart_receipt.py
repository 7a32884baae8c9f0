# Theme: a shopping cart with discount rules and a printed receipt: frozen
# dataclass products as dict keys, rule classes with super(), a receipt built
# in an io.StringIO inside a with statement, lines sorted with a key.
import io
from dataclasses import dataclass

@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: float

class Rule:
    def __init__(self, label):
        self.label = label

    def saving(self, product, qty):
        return 0.0

class PercentOff(Rule):
    def __init__(self, label, sku, pct):
        super().__init__(label)
        self.sku, self.pct = sku, pct

    def saving(self, product, qty):
        return product.price * qty * self.pct if product.sku == self.sku else 0.0

class BuyNGetOne(PercentOff):
    def __init__(self, label, sku, n):
        super().__init__(label, sku, 0.0)
        self.n = n

    def saving(self, product, qty):
        return product.price * (qty // (self.n + 1)) if product.sku == self.sku else 0.0

class Cart:
    def __init__(self, rules):
        self.lines = {}
        self.rules = rules

    def add(self, product, qty=1):
        self.lines[product] = self.lines.get(product, 0) + qty

    def receipt(self):
        total = 0.0
        with io.StringIO() as out:
            for product, qty in sorted(self.lines.items(), key=lambda kv: kv[0].name):
                cost = product.price * qty - sum(r.saving(product, qty) for r in self.rules)
                total += cost
                out.write(f"{product.name:<12}{qty:>3} {cost:8.2f}\n")
            out.write(f"{'TOTAL':<16}{total:8.2f}\n")
            text = out.getvalue()  # ?rc text
        return text, total

tea = Product("T-1", "green tea", 3.5)  # ?rc tea
mug = Product("M-2", "blue mug", 7.25)  # ?rc mug
rules = [PercentOff("10% off mugs", "M-2", 0.1), BuyNGetOne("tea 3-for-2", "T-1", 2)]  # ?rc rules
cart = Cart(rules)  # ?rc cart rules
for _ in range(3):
    cart.add(tea)  # ?rc tea
cart.add(mug, 2)  # ?rc mug
text, total = cart.receipt()  # ?rc text total
print(text)
lines = cart.lines  # ?rc lines
first_rule = rules[0]  # ?rc first_rule
del rules  # ?rc first_rule
same = Product("T-1", "green tea", 3.5)  # ?rc same
qty = lines[same]  # ?rc tea same
del cart  # ?rc lines first_rule tea
