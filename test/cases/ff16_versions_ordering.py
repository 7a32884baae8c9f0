# Theme: version numbers with functools.total_ordering and a
# functools.cached_property that parses the text once; sorting, min/max,
# instances as dict keys, and invalidating the cached value.
import gc
import sys
from functools import cached_property, total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.text = text

    @cached_property
    def parts(self):
        p = tuple(int(x) for x in self.text.split("."))  # ?rc p
        return p

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)


v1 = Version("1.10.0")  # ?rc v1
v2 = Version("1.9.3")  # ?rc v2
parts = v1.parts  # ?rc parts
again = v1.parts  # ?rc parts
newer = v1 > v2  # ?rc v1 v2
releases = [Version(t) for t in ["2.0.1", "1.10.0", "0.9.12", "1.2.0"]]  # ?rc releases
ordered = sorted(releases + [v2])  # ?rc ordered v2
latest = max(releases)  # ?rc latest
oldest = min(releases)  # ?rc oldest
unique = {v: v.text for v in ordered}  # ?rc unique v2
dup = Version("1.10.0")
same = dup == v1
del v1.__dict__["parts"]  # ?rc parts
fresh = v1.parts  # ?rc fresh parts
text = ", ".join(v.text for v in ordered)  # ?rc text
del releases  # ?rc latest oldest
print(sys.getrefcount(v2), newer, same, text, gc.collect())
