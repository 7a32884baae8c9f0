# Theme: paginate the concatenation of several result batches with
# itertools.chain and islice; each page is a fresh list sharing the record
# dicts. A half-consumed chain keeps its source lists alive.
from itertools import chain, islice


def make_batch(prefix, n):
    return [{"id": f"{prefix}-{i:03d}", "size": i * 1.5} for i in range(n)]


batch_a = make_batch("alpha", 4)  # ?rc batch_a
batch_b = make_batch("beta", 3)  # ?rc batch_b
batch_c = make_batch("gamma", 2)
head = batch_a[0]  # ?rc head
stream = chain(batch_a, batch_b, batch_c)  # ?rc stream batch_a batch_b
page1 = list(islice(stream, 3))  # ?rc page1 head
page2 = list(islice(stream, 3))  # ?rc page2 batch_b
b0 = page2[1]  # ?rc b0
del batch_a  # ?rc head -- the chain already moved past batch_a
del batch_b  # ?rc b0 -- the chain still iterates batch_b
rest = list(stream)  # ?rc rest b0
del stream  # ?rc b0
flat = list(chain.from_iterable([page1, page2, rest]))  # ?rc flat head b0
ids = ", ".join(r["id"] for r in flat)  # ?rc ids
sizes = [r["size"] for r in islice(flat, 0, None, 2)]  # ?rc sizes
big = sizes[-1]  # ?rc big
pages = [flat[i:i + 4] for i in range(0, len(flat), 4)]  # ?rc pages head
del page1, page2, rest  # ?rc head b0
del flat  # ?rc head b0
print(ids, big, len(pages))
