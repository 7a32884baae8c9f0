# Theme: a data pipeline of generators. A reader yields raw records, a
# parser turns them into dicts, a filter drops bad ones, `yield from`
# flattens batches, and a coroutine-style accumulator receives values
# through send().
import gc


def read_lines(text):
    for raw in text.splitlines():
        if not raw or raw.isspace():
            continue
        line = raw.strip()  # ?rc line
        yield line


def parse(lines):
    for line in lines:
        name, _, amount = line.partition(":")
        rec = {"name": name.strip(), "amount": float(amount)}  # ?rc rec
        yield rec


def only_positive(records):
    for rec in records:
        if rec["amount"] > 0:
            yield rec


def batched(records, size):
    batch = []
    for rec in records:
        batch.append(rec)  # ?rc batch
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(batches):
    for b in batches:
        yield from b


def accumulator():
    total = 0.0
    seen = []
    while True:
        item = yield total
        if item is None:
            break
        seen.append(item)  # ?rc item seen
        total += item["amount"]
    return seen


TEXT = """
  coffee beans: 12.5
  refund: -3.0
  milk: 2.25

  sugar: 1.75
  tea leaves: 8.0
"""

source = read_lines(TEXT)  # ?rc source
pipeline = only_positive(parse(source))  # ?rc pipeline source
batches = list(batched(pipeline, 2))  # ?rc batches
print([len(b) for b in batches])
first_batch = batches[0]  # ?rc first_batch
first_rec = first_batch[0]  # ?rc first_rec
acc = accumulator()  # ?rc acc
next(acc)
running = []
for rec in flatten(batches):
    total = acc.send(rec)  # ?rc total rec
    running.append(total)
print(running)
try:
    acc.send(None)
except StopIteration as stop:
    seen = stop.value  # ?rc seen first_rec
print(len(seen))
del acc  # ?rc seen
names = [r["name"] for r in seen]  # ?rc names
del batches, first_batch  # ?rc first_rec seen
del seen  # ?rc first_rec

half = only_positive(parse(read_lines(TEXT)))
head = next(half)  # ?rc head half
del half  # the suspended generators are closed when their count drops
print(gc.collect())
loop_gen = (r for r in [first_rec])  # ?rc loop_gen first_rec
del loop_gen  # ?rc first_rec
print(gc.collect())
