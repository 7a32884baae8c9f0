# Theme: generators abandoned before they finish: dropping the last
# reference closes them (finally runs), and a generator caught in a cycle
# with its consumer is closed by the collector.
import gc


class Sink:
    def __init__(self):
        self.gen = None
        self.closed = []


def produce(sink, item):
    try:
        while True:
            yield item
    finally:
        sink.closed.append(item)  # ?rc item sink


class Part:
    pass


part = Part()  # ?rc part
sink = Sink()  # ?rc sink
g = produce(sink, part)  # ?rc g part sink
first = next(g)  # ?rc first part
del g  # ?rc part sink
sink.closed.clear()  # ?rc part
sink.gen = produce(sink, part)  # ?rc sink
next(sink.gen)  # ?rc part
cyc = sink  # ?rc cyc
del sink, cyc  # ?rc part
n = gc.collect()  # ?rc part
print(n)
it = iter([part, part])  # ?rc it part
gen2 = (p for p in it)  # ?rc it
next(gen2)  # ?rc part
del gen2  # ?rc part it
