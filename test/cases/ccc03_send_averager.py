# A running-average coroutine fed with send(): the generator keeps the last
# sample and its history list in its frame, and the value yielded back is a
# freshly computed float each time.


class Sample:
    def __init__(self, value):
        self.value = value


def averager():
    history = []
    average = None
    while True:
        sample = yield average
        if sample is None:
            break
        history.append(sample)  # ?rc sample history
        average = sum(s.value for s in history) / len(history)
    return history


s1, s2, s3 = Sample(4.5), Sample(7.5), Sample(1.5)
avg = averager()  # ?rc avg
primed = next(avg)
first = avg.send(s1)  # ?rc first s1
second = avg.send(s2)  # ?rc second s1 s2
third = avg.send(s3)  # ?rc third s2 s3
del s1  # ?rc s2
try:
    avg.send(None)
except StopIteration as stop:
    hist = stop.value  # ?rc hist s2 s3
kept = hist  # ?rc hist s3


def feed(gen, samples):
    next(gen)
    out = []
    for smp in samples:
        out.append(gen.send(smp))  # ?rc smp out
    return out


batch = [Sample(2.0), Sample(4.0)]  # ?rc batch
results = feed(averager(), batch)  # ?rc results batch
live = averager()
next(live)
live.send(hist[0])
live.send(hist[1])  # ?rc s2 s3 hist
live.close()  # ?rc s2 s3 hist


def strict_averager(limit):
    last = yield None
    while True:
        last = yield last
        if last.value > limit:
            raise ValueError("sample over limit!")


guard = strict_averager(5.0)
next(guard)
guard.send(s3)  # ?rc s3
try:
    guard.send(s2)
except ValueError as exc:
    tb = exc.__traceback__  # ?rc tb s2 -- the traceback keeps the finished frame
del tb  # ?rc s2
