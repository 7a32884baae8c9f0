# Generator pipeline over sales records with itertools chain, groupby, islice, accumulate, zip_longest.
import itertools
import gc


def read(rows):
    for r in rows:
        rec = {"region": r[0], "amount": r[1]}  # ?rc rec
        yield rec


def positive(recs):
    for rec in recs:
        if rec["amount"] > 0:
            yield rec


east = [("east", 1.5), ("east", -2.0), ("east", 3.25)]  # ?rc east
west = [("west", 4.0), ("west", 0.5)]  # ?rc west
src = itertools.chain(east, west)  # ?rc src east
pipe = positive(read(src))  # ?rc pipe src
first_two = list(itertools.islice(pipe, 2))  # ?rc first_two pipe
rest = list(pipe)  # ?rc rest
allrecs = first_two + rest  # ?rc allrecs
groups = {}
for key, grp in itertools.groupby(allrecs, key=lambda r: r["region"]):
    items = list(grp)  # ?rc items
    groups[key] = items
amounts = [r["amount"] for r in allrecs]  # ?rc amounts
running = list(itertools.accumulate(amounts))  # ?rc running
pairs = list(itertools.zip_longest(amounts, running[:2], fillvalue=None))  # ?rc pairs
p0 = pairs[0]  # ?rc p0
del pipe  # ?rc src
del src  # ?rc east
gen = read(east)
g1 = next(gen)  # ?rc g1 gen
gen.close()  # ?rc g1
ev = groups["east"]  # ?rc ev
del groups  # ?rc ev
n = gc.collect()
print(allrecs, running, pairs, n)
