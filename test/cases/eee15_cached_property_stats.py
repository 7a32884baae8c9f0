# functools.cached_property on a statistics report: the first access
# computes and stores the value in the instance __dict__, later accesses
# read it, and invalidation deletes the cached entries.
import gc
import sys
from functools import cached_property


class Report:
    def __init__(self, samples):
        self.samples = samples
        self.computations = 0

    @cached_property
    def sorted_samples(self):
        self.computations += 1
        out = sorted(self.samples)  # ?rc out
        return out

    @cached_property
    def median(self):
        data = self.sorted_samples  # ?rc data
        mid = len(data) // 2
        return data[mid]

    def invalidate(self):
        for key in ("sorted_samples", "median"):
            self.__dict__.pop(key, None)


samples = [3.5, 1.25, 9.75, 4.5, 2.0]  # ?rc samples
rep = Report(samples)  # ?rc rep samples
med = rep.median  # ?rc med
ss = rep.sorted_samples  # ?rc ss
ss2 = rep.sorted_samples  # ?rc ss
descr = Report.__dict__["median"]  # ?rc descr
print(sys.getrefcount(ss))
rep.invalidate()  # ?rc ss med
samples.append(0.5)
fresh = rep.sorted_samples  # ?rc fresh ss
med2 = rep.median  # ?rc med2 med
reports = [Report(samples) for _ in range(3)]  # ?rc samples
for r in reports:
    m = r.median  # ?rc m
del r, m
del reports  # ?rc samples
rep.owner = rep
del rep  # ?rc fresh
print(gc.collect())
del ss, ss2, fresh  # ?rc med2
