# Shopping cart with discounts: dataclasses, properties, type hints.
import gc
import sys
from dataclasses import dataclass, field


@dataclass
class Product:
    sku: str
    name: str
    price: float


@dataclass
class LineItem:
    product: Product
    quantity: int = 1

    @property
    def subtotal(self) -> float:
        return self.product.price * self.quantity


@dataclass
class Discount:
    code: str
    percent: float

    def apply(self, amount: float) -> float:
        return amount * (1 - self.percent / 100)


@dataclass
class Cart:
    items: list = field(default_factory=list)
    discounts: list = field(default_factory=list)

    def add(self, product: Product, qty: int = 1) -> LineItem:
        item = LineItem(product, qty)  # ?rc item product
        self.items.append(item)
        return item

    @property
    def total(self) -> float:
        amount = sum(i.subtotal for i in self.items)
        for d in self.discounts:
            amount = d.apply(amount)
        return amount


pen = Product("SKU-001", "Blue pen", 1.5 * 1)  # ?rc pen
book = Product("SKU-002", "Notebook A5", 4.25 * 2)  # ?rc book
cart = Cart()  # ?rc cart
li1 = cart.add(pen, 3)  # ?rc li1 pen
li2 = cart.add(book)  # ?rc li2 book
li3 = cart.add(pen, 2)  # ?rc li3 pen
items = cart.items  # ?rc items cart
sub = li1.subtotal  # ?rc sub
total = cart.total  # ?rc total
promo = Discount("SAVE-10%", 10.0 * 1)  # ?rc promo
cart.discounts.append(promo)  # ?rc promo
total2 = cart.total  # ?rc total2 promo
same = li1 == LineItem(pen, 3)  # ?rc pen li1
prices = [i.product.price for i in items]  # ?rc prices
del li1, li2, li3  # ?rc pen book items
items.pop()  # ?rc pen
print(sys.getrefcount(book))
del cart  # ?rc items promo
del items  # ?rc pen book
print(gc.collect())


@dataclass(frozen=True)
class Coupon:
    code: str
    amount: float


@dataclass(slots=True)
class Tag:
    label: str
    owner: object = None


from dataclasses import replace, asdict
cp = Coupon("FIVE-OFF!", 5.0 * 1)  # ?rc cp
cp2 = replace(cp, amount=2.5 * 3)  # ?rc cp cp2
h = hash(cp) == hash(Coupon("FIVE-OFF!", 5.0 * 1))  # ?rc cp
tag = Tag("on sale!", pen)  # ?rc tag pen
d = asdict(cp)  # ?rc d


def price_of(item: LineItem, *, tax: float = 0.2) -> float:
    value = item.subtotal * (1 + tax)  # ?rc item
    return value


opts = {"tax": 0.1 * 1}
p_a = price_of(li_x := LineItem(pen, 2), **opts)  # ?rc li_x
p_b = list(map(price_of, [li_x]))  # ?rc li_x
