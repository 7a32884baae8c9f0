# Theme: generators that batch and transform records; suspended generators
# keep their locals and the item they last yielded.


def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def enrich(rows, extra):
    for row in rows:
        yield (row, extra)


data = [[1.5], [2.5], [3.5], [4.5], [5.5]]
first_row = data[0]  # ?rc first_row
extra = {"source": "csv import"}  # ?rc extra
gen = batches(data, 2)  # ?rc gen data
b1 = next(gen)  # ?rc b1 first_row
b2 = next(gen)  # ?rc b1 b2
pairs = enrich(b1, extra)  # ?rc extra b1
p = next(pairs)  # ?rc p extra first_row
q = next(pairs)  # ?rc extra
rest = list(gen)  # ?rc rest data
pairs.close()  # ?rc extra
del pairs  # ?rc extra b1
total = sum(r[0] for r in data)  # ?rc total
counter = (len(r) for r in data)  # ?rc data
del counter  # ?rc data
del gen, b1, p, q  # ?rc first_row extra
