# Theme: generator pipelines with map/filter/generator expressions and
# itertools.islice/chain; each stage holds the one before it.
import gc
import itertools
import sys


class Rec:
    def __init__(self, v):
        self.v = v


def source(items):
    for it in items:
        yield it


def evens(stream):
    for r in stream:
        if int(r.v) % 2 == 0:
            yield r


gc.collect()
recs = [Rec(i + 0.5) for i in range(6)]  # ?rc recs
first = recs[0]  # ?rc first
src = source(recs)  # ?rc recs src
ev = evens(src)  # ?rc src ev
got = next(ev)  # ?rc first got
mapped = map(lambda r: r.v * 2, ev)  # ?rc ev mapped
nums = list(mapped)  # ?rc nums first
del mapped  # ?rc ev
del ev, src  # ?rc recs
gexp = (r for r in recs if r.v > 2)  # ?rc recs gexp
head = list(itertools.islice(gexp, 2))  # ?rc head recs
del gexp  # ?rc recs
chained = itertools.chain(recs[:2], recs[4:])  # ?rc chained first
one = next(chained)  # ?rc one first
rest = list(chained)  # ?rc rest first
del chained  # ?rc first
filt = filter(None, recs)  # ?rc filt recs
picked = next(filt)  # ?rc picked first
del filt, picked, one, got  # ?rc recs first
print(sys.getrefcount(first))
total = sum(r.v for r in recs)  # ?rc total recs
print(gc.collect())


class Tick:
    def __await__(self):
        got = yield 0.5
        return got


async def consumer(sink):
    while True:
        item = await Tick()
        sink.append(item)


sink = []  # ?rc sink
co = consumer(sink)  # ?rc sink
co.send(None)  # ?rc sink
co.send(first)  # ?rc first
co.close()  # ?rc sink first
queue = []  # ?rc queue
queue.append(source(queue))  # ?rc queue -- never started
del queue
print(gc.collect())
