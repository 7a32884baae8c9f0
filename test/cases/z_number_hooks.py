# Number conversions run the class's own hooks: float() / int() / complex() / bool(),
# math.floor / ceil / trunc and the math functions that read a double (__float__, then __index__).
import math
kept = []
class F:
    def __float__(self):
        kept.append(self)
        return 2.25
class I:
    def __index__(self):
        kept.append(self)
        return 4
class T:
    def __trunc__(self):
        kept.append(self)
        return 7
class L:
    def __len__(self):
        kept.append(self)
        return 0
f, i, t, l = F(), I(), T(), L()
a = float(f)  # ?rc f
b = float(i)  # ?rc i
c = math.sqrt(f) + math.sqrt(i)  # ?rc f i
d = math.floor(f) + math.ceil(i)  # ?rc f i
e = int(i) + int(t)  # ?rc i t
g = bool(l)  # ?rc l
h = math.hypot(f, i, f)  # ?rc f i
z = complex(f)  # ?rc f
print(a, b, c, d, e, g, h, z)
class Bad:
    def __float__(self):
        kept.append(self)
        return "x"
    def __int__(self):
        kept.append(self)
        raise ValueError("no")
bad = Bad()
try:
    float(bad)
except TypeError as exc:
    err = exc  # ?rc bad
try:
    int(bad)
except ValueError as exc:
    err2 = exc  # ?rc bad
try:
    math.pow(f, bad)
except TypeError:
    pass
print(len(kept))  # ?rc f bad
kept.clear()
print(len(kept))  # ?rc f i t l bad
