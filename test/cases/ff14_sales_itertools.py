# Theme: a sales report with itertools: groupby over rows sorted with
# itemgetter, accumulate for running totals, islice for paging,
# chain.from_iterable to flatten, zip_longest and pairwise.
import gc
import itertools
from operator import itemgetter

sales = [
    ("2024-01", "north", 120.5), ("2024-01", "south", 99.0),
    ("2024-02", "north", 130.25), ("2024-02", "south", 87.75),
    ("2024-03", "north", 141.0),
]  # ?rc sales
first_row = sales[0]  # ?rc first_row
by_region = sorted(sales, key=itemgetter(1))  # ?rc by_region first_row
groups = {}  # ?rc groups
for region, rows in itertools.groupby(by_region, key=itemgetter(1)):
    groups[region] = list(rows)  # ?rc rows
north = groups["north"]  # ?rc north
amounts = [r[2] for r in north]  # ?rc amounts
running = list(itertools.accumulate(amounts))  # ?rc running
last = running[-1]  # ?rc last
page = list(itertools.islice(sales, 1, 4))  # ?rc page first_row
flat = list(itertools.chain.from_iterable(groups.values()))  # ?rc flat first_row
months = sorted({r[0] for r in sales})  # ?rc months
cols = list(itertools.zip_longest(north, groups["south"], fillvalue=None))  # ?rc cols
tail = cols[-1]  # ?rc tail
pairs = list(itertools.pairwise(running))  # ?rc pairs
step = pairs[0]  # ?rc step
lines = [" | ".join(f"{r[1]}={r[2]}" for r in row if r) for row in cols]  # ?rc lines
del by_region, flat, page  # ?rc first_row
print(lines, months, last, gc.collect())
