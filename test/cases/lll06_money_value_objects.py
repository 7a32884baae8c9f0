# Theme: an immutable Money value object with __eq__/__hash__, used as dict
# keys and set members. Equal-but-distinct instances find the stored key;
# the key object kept is the first one inserted.
import sys


class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError("Money is immutable")

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount == other.amount and self.currency == other.currency

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)


price = Money(9.99, "EUR")  # ?rc price
same = Money(9.99, "EUR")  # ?rc same
print(price == same, price is same)
buckets = {price: ["order-1"]}  # ?rc price
buckets[same].append("order-2")  # ?rc price same
orders = buckets[same]  # ?rc orders
buckets[same] = ["order-3"]  # ?rc price same orders
unique = set()
for m in [price, same, Money(9.99, "EUR"), Money(1.25, "USD")]:
    unique.add(m)  # ?rc m
print(len(unique), price in unique)
unique.discard(same)  # ?rc price same
total = price + same  # ?rc total price
amt = total.amount  # ?rc amt
ledger = {}
for key in (price, total, same):
    ledger.setdefault(key, []).append(key.amount)  # ?rc key
print(sys.getrefcount(price))
del buckets  # ?rc price same
del ledger  # ?rc price total same
