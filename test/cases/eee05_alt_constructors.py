# Alternate constructors with classmethod and helper staticmethods on a
# money type: parsing, building from parts, and a subclass whose
# classmethods automatically build the subclass.
import gc
import sys


class Money:
    currency = "EUR"
    cache = {}

    def __init__(self, cents):
        self.cents = cents

    @staticmethod
    def _split(text):
        whole, _, frac = text.partition(".")
        parts = [int(whole), int(frac or 0)]  # ?rc parts
        return parts

    @classmethod
    def parse(cls, text):
        whole, frac = cls._split(text)
        obj = cls(whole * 100 + frac)  # ?rc obj
        return obj

    @classmethod
    def cached(cls, text):
        if text not in cls.cache:
            cls.cache[text] = cls.parse(text)
        found = cls.cache[text]  # ?rc found
        return found

    def __add__(self, other):
        return type(self)(self.cents + other.cents)


class Dollars(Money):
    currency = "USD"


price = Money.parse("12.50")  # ?rc price
tax = Money.parse("3.05")  # ?rc tax
total = price + tax  # ?rc total price
usd = Dollars.parse("7.25")  # ?rc usd
more = usd + usd  # ?rc more usd
c1 = Money.cached("99.99")  # ?rc c1
c2 = Money.cached("99.99")  # ?rc c1 c2
c3 = Dollars.cached("99.99")  # ?rc c3 c1
split = Money._split  # ?rc split
bound = Money.parse  # ?rc bound
print(sys.getrefcount(Money.cache))
again = bound("1.01")  # ?rc again
bag = [Money.parse("%d.10" % n) for n in range(5)]  # ?rc bag
del bound
Money.cache.clear()  # ?rc c1 c3
del c1, c2, c3
del total, bag, again
print(gc.collect())
