# printf-style formatting with one %s / %r and nothing else hands back the converted str itself
# (its own, or what __str__ / __repr__ returned) when a width does not pad it and a precision does
# not cut it; a %(key)s takes the mapping's item, a missing key is a KeyError.
cell = "-".join(["abc", "def"])  # ?rc cell
r1 = "%(a)s" % {"a": cell}  # ?rc r1
r2 = "%.100s" % cell  # ?rc r2
r3 = "%3s" % cell  # ?rc r3
r4 = "%-3s" % cell  # ?rc r4
r5 = "%10s" % cell  # ?rc r5 cell
r6 = "%.2s" % cell  # ?rc r6 cell
r7 = "x%s" % cell  # ?rc r7 cell
r8 = "%s." % cell  # ?rc r8 cell
r9 = "%(a)s%(a)s" % {"a": cell}  # ?rc r9 cell
class Tag:
    def __init__(self, label):
        self.label = label
    def __str__(self):
        return self.label
    __repr__ = __str__
label = "-".join(["urgent", "red"])  # ?rc label
tag = Tag(label)
c = "%s" % tag  # ?rc c
g = "%r" % (tag,)  # ?rc g
k = "%5s" % tag  # ?rc k
m = "%(t)r" % {"t": tag}  # ?rc m
try:
    z = "%(b)s" % {"a": cell}
except KeyError:
    z = None
print(z)  # ?rc cell
