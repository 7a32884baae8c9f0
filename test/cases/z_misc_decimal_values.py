# Theme: Decimals made from texts, ints and floats carry their value: min / max /
# sorted over them pick known items, Decimal(d) is d itself, and equal Decimals,
# ints and floats find each other as dict keys.
from decimal import Decimal


class Price:
    def __init__(self, amount):
        self.amount = Decimal(amount)

    def __lt__(self, other):
        return self.amount < other.amount


prices = [Price("19.99"), Price("5.25"), Price(42), Price(0.5)]
cheap = min(prices)  # ?rc cheap
dear = max(prices)  # ?rc dear
ordered = sorted(prices)  # ?rc ordered cheap dear
same = Decimal(dear.amount)  # ?rc same
again = Price(same)  # ?rc same
table = {0.5: "half", 42: "answer"}
hit = table.get(Decimal("0.50"), "none!")  # ?rc hit
hit2 = table.get(Decimal("42.000"), "none!")  # ?rc hit2
miss = table.get(Decimal("0.1"), "none!")  # ?rc miss
zero = Decimal("-0.00")
picked = []
if zero:
    picked.append(cheap)  # ?rc cheap
if Decimal("1E+2") > 99.5:
    picked.append(dear)  # ?rc dear
del ordered  # ?rc cheap dear
print(cheap.amount, dear.amount, hit, hit2, miss, len(picked))
