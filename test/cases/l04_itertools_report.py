# Course exercise: a sales report built with itertools: chain of regional
# lists, groupby on sorted records, running totals with accumulate, islice
# pages, product of options, tee for a look-ahead and zip_longest columns.
import itertools
import operator
import gc

north = [("north", "apples", 120.5), ("north", "pears", 80.25)]  # ?rc north
south = [("south", "apples", 99.75), ("south", "plums", 42.5)]  # ?rc south
everything = list(itertools.chain(north, south))  # ?rc everything north
record = everything[0]  # ?rc record
by_fruit = sorted(everything, key=operator.itemgetter(1))  # ?rc by_fruit record
grouped = {}  # ?rc grouped
for fruit, rows in itertools.groupby(by_fruit, key=operator.itemgetter(1)):
    rows = list(rows)  # ?rc rows
    grouped[fruit] = rows
apples = grouped["apples"]  # ?rc apples record
amounts = [r[2] for r in everything]  # ?rc amounts
running = list(itertools.accumulate(amounts))  # ?rc running
biggest = max(itertools.accumulate(amounts, max))  # ?rc biggest
page = list(itertools.islice(everything, 1, 3))  # ?rc page record
sizes = ["small box", "large box"]  # ?rc sizes
wraps = ["paper wrap", "no wrap"]
options = list(itertools.product(sizes, wraps))  # ?rc options
combo = options[0]  # ?rc combo
small = combo[0]  # ?rc small


def pairs_with_next(seq):
    a, b = itertools.tee(seq)  # ?rc seq
    next(b, None)
    return list(zip(a, b))


steps = pairs_with_next(running)  # ?rc steps running
step = steps[0]  # ?rc step
columns = list(itertools.zip_longest(north, south, [record], fillvalue=None))  # ?rc columns record
row = columns[1]  # ?rc row
del grouped, by_fruit, page  # ?rc record apples
counter = itertools.count(1000)  # ?rc counter
labels = [f"#{n}" for n in itertools.islice(counter, 3)]  # ?rc labels
print(running, biggest, step, row, labels)
print(gc.collect())
del everything, columns, row, options, combo  # ?rc record north small
