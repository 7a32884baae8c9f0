# Theme: generators that own resources: a reader with try/finally,
# closing through close(), a generator with exceptions thrown in, and
# a generator expression pipeline over a list of records.
import gc
import sys

closed = []


class Resource:
    def __init__(self, name):
        self.name = name


def reader(res, chunks):
    try:
        for c in chunks:
            yield (res.name, c)
    finally:
        closed.append(res)


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total, count = 0.0, 0
            continue
        total += value
        count += 1
        avg = total / count


res = Resource("data file")  # ?rc res
gen = reader(res, [1.5, 2.5, 3.5])  # ?rc gen res
item = next(gen)  # ?rc item res
rest = list(gen)  # ?rc rest res
print(closed, sys.getrefcount(res))
res2 = Resource("second file")
gen2 = reader(res2, [4.5, 5.5])
part = next(gen2)  # ?rc res2
gen2.close()  # ?rc res2 part
del gen2  # ?rc res2
avg = averager()  # ?rc avg
next(avg)
m = avg.send(10.0)  # ?rc m
m = avg.send(20.0)  # ?rc m
reset = avg.throw(ValueError)  # ?rc avg
m = avg.send(4.0)  # ?rc m
avg.close()  # ?rc avg
records = [Resource(n) for n in ("one file", "two file")]  # ?rc records
names = list(r.name for r in records)  # ?rc names
loop = [records]
loop.append(loop)
del loop, gen
closed.clear()  # ?rc res res2
print(gc.collect())
