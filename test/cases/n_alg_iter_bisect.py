# Theme: iterator classes and bisect. A sorted time series keeps parallel
# key/value lists maintained with bisect.insort; a class-based sliding
# window iterator and a peekable wrapper walk over it.
import bisect
import sys


class Sample:
    def __init__(self, t, reading):
        self.t, self.reading = t, reading

    def __lt__(self, other):
        return self.t < other.t


class Series:
    def __init__(self):
        self.times = []
        self.samples = []

    def add(self, sample):
        i = bisect.bisect_right(self.times, sample.t)
        self.times.insert(i, sample.t)
        self.samples.insert(i, sample)  # ?rc sample

    def between(self, lo, hi):
        i = bisect.bisect_left(self.times, lo)
        j = bisect.bisect_right(self.times, hi)
        part = self.samples[i:j]  # ?rc part
        return part


class Window:
    def __init__(self, items, size):
        self.items, self.size, self.pos = items, size, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos + self.size > len(self.items):
            raise StopIteration
        chunk = self.items[self.pos:self.pos + self.size]  # ?rc chunk
        self.pos += 1
        return chunk


class Peekable:
    _empty = object()

    def __init__(self, it):
        self.it = iter(it)
        self.head = self._empty

    def peek(self):
        if self.head is self._empty:
            self.head = next(self.it)
        return self.head


series = Series()
for t, r in [(3.5, 20.25), (1.25, 19.5), (7.75, 22.0), (2.0, 18.75), (5.5, 21.5)]:
    s = Sample(t, r)  # ?rc s
    series.add(s)
mid = series.between(2.0, 6.0)  # ?rc mid
first = mid[0]  # ?rc first
means = [sum(x.reading for x in w) / len(w) for w in Window(series.samples, 3)]  # ?rc means
win = Window(mid, 2)  # ?rc win mid
pk = Peekable(win)  # ?rc win
ahead = pk.peek()  # ?rc ahead
again = pk.peek()  # ?rc ahead
late = bisect.bisect(series.samples, Sample(4.0, 0.0))
labels = list(map(lambda x: "t=%.2f" % x.t, series.samples[late:]))  # ?rc labels
print(means, labels, sys.getrefcount(first))
del series, mid  # ?rc first
