# Theme: a consumer object that keeps the generator feeding it, while the
# generator's frame keeps the consumer. Suspended generators in a cycle
# are closed by the collector; their finally blocks run.
import gc

log = []


class Consumer:
    def __init__(self):
        self.seen = []
        self.source = self.produce()

    def produce(self):
        try:
            n = 0
            while True:
                n += 1
                self.seen.append(n)
                yield n
        finally:
            log.append("closed")

    def pull(self, k):
        for _ in range(k):
            next(self.source)


gc.collect()
c = Consumer()  # ?rc c
c.pull(3)  # ?rc c
src = c.source  # ?rc src
del src
del c
print("collected:", gc.collect(), log)


def numbers():
    total = 0
    while True:
        x = yield total
        total += x


g = numbers()
next(g)
g.send(5)
box = [g]  # ?rc g box
box.append(box)
del g, box
print("list cycle with generator:", gc.collect())
