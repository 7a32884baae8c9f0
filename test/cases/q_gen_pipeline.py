# Application: a log-processing pipeline of generators: a coroutine filter
# driven by send(), a delegating generator with yield from, and close().
import gc
import sys


def reader(lines):
    for line in lines:
        yield line.strip()


def parse(source):
    for text in source:
        parts = text.split(":", 1)
        yield (parts[0], parts[1].strip())


def collector(store):
    count = 0
    try:
        while True:
            rec = yield count
            store.append(rec)  # ?rc rec
            count += 1
    except GeneratorExit:
        store.append(("closed", count))


def delegate(target):
    got = yield from target
    return got


raw = [" ERROR: disk full ", "INFO: started ok", " ERROR: net down"]  # ?rc raw
src = reader(raw)  # ?rc src raw
recs = parse(src)  # ?rc recs src
errors = [r for r in recs if r[0] == "ERROR"]  # ?rc errors recs
first = errors[0]  # ?rc first
store = []  # ?rc store
sink = collector(store)  # ?rc sink store
wrap = delegate(sink)  # ?rc wrap sink
next(wrap)  # ?rc sink
n = wrap.send(first)  # ?rc first
wrap.send(errors[1])  # ?rc errors
wrap.close()  # ?rc first store
closed = store[-1]  # ?rc closed
print(sys.getrefcount(sink), sys.getrefcount(wrap))
del wrap  # ?rc sink
counts = {}  # ?rc counts
for level, msg in parse(reader(raw)):
    counts[level] = counts.get(level, 0) + 1
gen = (len(x) for x in raw)  # ?rc gen raw
total = sum(gen)  # ?rc gen raw
loop = [None]  # ?rc loop
cyc = (loop for _ in range(3))  # ?rc cyc
loop[0] = cyc  # ?rc cyc loop
next(cyc)  # ?rc cyc
del cyc, loop
print(gc.collect())
del src, recs, gen
print(gc.collect())
