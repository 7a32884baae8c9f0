# Theme: a generator pipeline with yield from; the delegating frame holds
# the inner generator, and each stage keeps its current item alive.
class Record:
    def __init__(self, n):
        self.n = n


def source(items):
    for it in items:
        yield it
    return len(items) * 1.5


def stage(items):
    total = yield from source(items)  # ?rc total
    yield total


def skip_odd(gen):
    for rec in gen:
        if isinstance(rec, Record) and int(rec.n) % 2:
            continue
        yield rec


recs = [Record(1.0), Record(2.0), Record(3.0)]  # ?rc recs
first = recs[0]  # ?rc first
pipe = skip_odd(stage(recs))  # ?rc recs pipe
out = next(pipe)  # ?rc out recs
tail = list(pipe)  # ?rc tail first
del pipe  # ?rc recs
g = stage(recs)  # ?rc recs
got = next(g)  # ?rc first got
g.close()  # ?rc first recs
