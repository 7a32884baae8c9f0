# os.fspath(x) asks x's type for __fspath__ (a bound method, called without arguments): its answer
# is the path itself and must be str or bytes (else TypeError); os.path.join / basename / splitext
# start with os.fspath of each argument, in order, and keep nothing of the objects.
import os
kept = []
class Path:
    def __init__(self, text):
        self.text = text
    def __fspath__(self):
        kept.append(self)
        return self.text
class Wrong:
    def __fspath__(self):
        kept.append(self)
        return 2.5 * 3
p = Path("some dir/file name.txt")
r = os.fspath(p)  # ?rc p r
same = os.fspath(r)  # ?rc r
joined = os.path.join(p, "more parts")  # ?rc p
joined2 = os.path.join("top level", p, p)  # ?rc p
base = os.path.basename(p)  # ?rc p
stem, ext = os.path.splitext(p)  # ?rc p
w = Wrong()
try:
    os.fspath(w)
except TypeError as e:
    err = e
n = len(kept)  # ?rc p w
try:
    os.fspath(2.5 * 4)
except TypeError as e2:
    err2 = e2
bp = Path(b"raw bytes path")
rb = os.fspath(bp)  # ?rc bp rb
print(joined, joined2, base, stem, ext, len(kept))
kept.clear()
n = len(kept)  # ?rc p w bp r
