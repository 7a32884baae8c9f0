# Theme: a warehouse stock report: Counter arithmetic and most_common,
# namedtuple records with _replace/_asdict, operator.itemgetter sorting.
import gc
import sys
from collections import Counter, namedtuple
from operator import itemgetter, attrgetter

Item = namedtuple("Item", ["sku", "name", "price"])

catalog = [Item("sku-%03d" % i, "widget #%d" % i, 2.5 * (i + 1)) for i in range(5)]  # ?rc catalog
first = catalog[0]  # ?rc first
morning = Counter({"sku-000": 4, "sku-001": 7, "sku-002": 1})  # ?rc morning
evening = Counter({"sku-000": 1, "sku-001": 9, "sku-004": 3})  # ?rc evening
total = morning + evening  # ?rc total morning
shortfall = morning - evening  # ?rc shortfall
common = total.most_common(2)  # ?rc common
top_pair = common[0]  # ?rc top_pair common
by_sku = {it.sku: it for it in catalog}  # ?rc by_sku first
priced = sorted(catalog, key=attrgetter("price"), reverse=True)  # ?rc priced first
costly = priced[0]  # ?rc costly
names = list(map(itemgetter(1), catalog))  # ?rc names
name0 = names[0]  # ?rc name0 first


def value_of(stock, index):
    worth = 0.0
    for sku, qty in stock.items():
        item = index[sku]  # ?rc item
        worth += item.price * qty
    return worth


worth = value_of(total, by_sku)  # ?rc worth
cheaper = first._replace(price=first.price / 2)  # ?rc cheaper first
as_dict = cheaper._asdict()  # ?rc as_dict cheaper
same_name = as_dict["name"]  # ?rc same_name name0
total.update(evening)  # ?rc total evening
big = +total  # ?rc big
print(sys.getrefcount(first), sys.getrefcount(cheaper))
del by_sku  # ?rc first
del priced, catalog  # ?rc first costly
del names  # ?rc name0
loop = Counter()
loop["self"] = loop
del loop
print(gc.collect())
print(worth, common, shortfall)
