# Probe: bytes(x) / bytearray(x) clear a TypeError from __index__ and refuse x themselves
kept = []
class Bad:
    def __index__(self):
        kept.append(self)
        raise TypeError("no index")
class Neg:
    def __index__(self):
        kept.append(self)
        return -1
b = Bad()
try:
    x = bytes(b)
except TypeError as e:
    err = e
n = len(kept)  # ?rc b err
try:
    y = bytearray(b)
except TypeError as e2:
    err2 = e2
n = len(kept)  # ?rc b err2
g = Neg()
try:
    z = bytes(g)
except ValueError as e3:
    err3 = e3
n = len(kept)  # ?rc g err3
print(n)
