# Ordering comparisons: a right operand whose class is a proper subclass of the left's is asked
# first (its reflected method), NotImplemented passes on; list comparison reaches the same order.
kept = []
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        kept.append(self)
        return self.v < o.v
    def __gt__(self, o):
        kept.append(self)
        return self.v > o.v
class Sub(V):
    def __gt__(self, o):
        kept.append(self)
        return NotImplemented
a, s = V(1), Sub(2)
r = a < s  # ?rc a s
r = s > a  # ?rc a s
class NI:
    def __lt__(self, o):
        kept.append(self)
        return NotImplemented
n = NI()
try:
    r = n < n
except TypeError:
    pass
q = 0  # ?rc n
r = sorted([V(3), V(1), V(2)])  # ?rc a s
r = [a] < [s]  # ?rc a s
kept.clear()
print(len(kept))  # ?rc a s n
