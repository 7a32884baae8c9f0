# Theme: itertools.tee buffers what its leading copy read; starmap calls with each tuple
import gc
import itertools


class Reading:
    def __init__(self, value):
        self.value = value


readings = [Reading(i * 1.5) for i in range(60)]
head = readings[0]
lead, lag = itertools.tee(readings)  # ?rc readings head
got = next(lead)  # ?rc got -- the data object keeps every value read
again = next(lag)  # ?rc head
for _ in range(58):
    last = next(lead)
del got, again  # ?rc head last -- lag still reads the first data object
for _ in range(58):
    tail = next(lag)
del tail  # ?rc head last -- every tee moved on: the first data object is gone
copies = itertools.tee(lead, 3)  # ?rc lead -- a tee is copied as it is
del lead, lag, copies  # ?rc readings last
pairs = [[head, 2.5], [readings[1], 3.5]]
scaled = itertools.starmap(lambda r, k: r.value * k, pairs)
first = next(scaled)  # ?rc head first
rest = list(scaled)  # ?rc readings
del scaled  # ?rc readings
weights = itertools.starmap(lambda r, k: r, zip(readings, [1.5, 2.5]))
w = next(weights)  # ?rc head w -- zip's reused result tuple still holds it
del weights, w  # ?rc head


class Loop:
    pass


node = Loop()
node.view, node.copy = itertools.tee([node, node])
probe = next(node.view)  # ?rc node
del node, probe
print(gc.collect())
