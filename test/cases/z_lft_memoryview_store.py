# view[i] = v on a memoryview runs i's __index__ and, for an integer format, v's __index__
# (memory_ass_sub: writable check, index, bounds, then pack_single); a slice store reads the
# value's buffer, then the slice's parts.
kept = []
class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        kept.append(self)
        return self.v
data = bytearray(b"abcdef")
mv = memoryview(data)
i = Ix(1)
v = Ix(66)
mv[i] = 67  # ?rc i
mv[0] = v  # ?rc v
mv[i] = v  # ?rc i v
far = Ix(50)
try:
    mv[far] = v
except IndexError as e:
    err = e
n = len(kept)  # ?rc far v
ro = memoryview(b"frozen bytes")
try:
    ro[i] = v
except TypeError as e2:
    err2 = e2
n = len(kept)  # ?rc i v
lo = Ix(2)
hi = Ix(4)
mv[lo:hi] = b"zz"  # ?rc lo hi
chars = mv.cast("c")
try:
    chars[i] = v
except TypeError as e3:
    err3 = e3
n = len(kept)  # ?rc i v
print(data, len(kept))
kept.clear()
n = len(kept)  # ?rc i v lo hi far
