# Theme: a stock report with collections.Counter: update from records and
# from a mapping, most_common tuples, elements(), total(), and keys that
# are record-built strings shared between the Counter and the records.
from collections import Counter


class Sale:
    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty


skus = ["sku %03d" % n for n in (7, 12, 7, 30, 12, 7)]  # ?rc skus
sales = [Sale(s, q) for s, q in zip(skus, (2, 1, 5, 3, 4, 1))]  # ?rc sales
k7 = skus[0]  # ?rc k7
k12 = skus[1]  # ?rc k12
sold = Counter()
for s in sales:
    sold[s.sku] += s.qty  # ?rc s
seen = Counter(s.sku for s in sales)  # ?rc seen k7
restock = Counter({k12: 10, "sku 099": 4})  # ?rc restock k12
sold.update(restock)  # ?rc k12
ranked = sold.most_common()  # ?rc ranked k7
best_pair = ranked[0]  # ?rc best_pair
units = sum(sold.values()) * 1.5  # ?rc units
picks = list(Counter({k7: 2, k12: 1}).elements())  # ?rc picks k7 k12
del sales, s  # ?rc k7 k12
del skus  # ?rc k7 k12
del ranked  # ?rc best_pair k7
sold.clear()  # ?rc k7 k12
print(best_pair, units, picks, seen)
