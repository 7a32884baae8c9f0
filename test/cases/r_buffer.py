# A bounded ring buffer for sensor samples: deque(maxlen=N) drops the oldest
# sample on overflow; a producer generator feeds it and a consumer averages.
from collections import deque
import sys


class Sample:
    __slots__ = ("seq", "value")

    def __init__(self, seq, value):
        self.seq = seq
        self.value = value


def producer(n, scale):
    for seq in range(n):
        s = Sample(seq, seq * scale)
        yield s  # ?rc s


def consumer(buf):
    total = 0.0
    while True:
        sample = yield total
        buf.append(sample)  # ?rc sample buf
        total = sum(x.value for x in buf) / len(buf)


buf = deque(maxlen=3)  # ?rc buf
first = None
cons = consumer(buf)  # ?rc buf cons
next(cons)  # ?rc buf
for sample in producer(5, 1.5):
    if first is None:
        first = sample  # ?rc first
    avg = cons.send(sample)  # ?rc sample
print(sys.getrefcount(first))
newest = buf[-1]  # ?rc newest sample
oldest = buf[0]  # ?rc oldest
snapshot = list(buf)  # ?rc snapshot oldest
buf.append(Sample(99, 0.5))  # ?rc oldest
buf.extend([newest, newest])  # ?rc newest oldest
buf.clear()  # ?rc newest sample
cons.close()  # ?rc buf
del cons  # ?rc buf
del snapshot  # ?rc oldest first
last_avg = avg  # ?rc avg
