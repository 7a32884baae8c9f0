# Theme: functools.total_ordering on a version class; sorting, min/max and
# bisect keep references only to the elements, not to temporaries.
import bisect
import gc
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major, minor, label):
        self.key = (major, minor)
        self.label = label

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    __hash__ = None


label = "release candidate"  # ?rc label
v1 = Version(1, 2, label)  # ?rc v1
v2 = Version(1, 10, label)  # ?rc v2
v3 = Version(0, 9, label)  # ?rc v3
ge = v2 >= v1
versions = [v1, v2, v3]  # ?rc versions v1
ordered = sorted(versions)  # ?rc ordered v1 v2 v3
newest = max(versions)  # ?rc newest v2
oldest = min(versions)  # ?rc oldest v3
pos = bisect.bisect_left(ordered, v1)  # ?rc v1
bisect.insort(ordered, Version(1, 5, label))  # ?rc ordered label
mid = ordered[2]  # ?rc mid
del versions, newest, oldest  # ?rc v1 v2
del ordered  # ?rc mid label
v1.other = v2
v2.other = v1  # ?rc v1 v2
del v1, v2, v3, mid
print(gc.collect())
