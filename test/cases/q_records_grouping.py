# Application: sales records as collections.namedtuple and typing.NamedTuple,
# grouped with itertools.groupby and tallied with Counter and defaultdict.
import gc
import itertools
import sys
from collections import Counter, defaultdict, namedtuple
from typing import NamedTuple

Sale = namedtuple("Sale", "region product amount")


class Summary(NamedTuple):
    region: str
    total: float
    count: int


def summarize(sales):
    out = []
    keyf = lambda s: s.region
    for region, group in itertools.groupby(sorted(sales, key=keyf), key=keyf):
        items = list(group)
        total = sum(s.amount for s in items)
        out.append(Summary(region, total, len(items)))
    result = out  # ?rc result
    return result


north = "north-east"  # ?rc north
sales = [
    Sale(north, "pens", 12.5),
    Sale("south-west", "ink", 7.25),
    Sale(north, "paper", 30.0),
    Sale("south-west", "pens", 4.75),
]  # ?rc sales north
first = sales[0]  # ?rc first
amount = first.amount  # ?rc amount
summary = summarize(sales)  # ?rc summary first
top = summary[0]  # ?rc top
region = top.region  # ?rc region north
counts = Counter(s.product for s in sales)  # ?rc counts
common = counts.most_common(1)  # ?rc common
per_region = defaultdict(list)  # ?rc per_region
for s in sales:
    per_region[s.region].append(s)
north_list = per_region[north]  # ?rc north_list first
missing = per_region["nowhere at all"]  # ?rc missing per_region
as_d = first._asdict()  # ?rc as_d amount
bumped = first._replace(amount=99.5)  # ?rc bumped first north
print(sys.getrefcount(first), sys.getrefcount(north))
del sales, summary, top  # ?rc first
north_list.append(north_list)  # ?rc north_list
del north_list, per_region  # ?rc first
print(gc.collect())
