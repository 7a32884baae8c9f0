# printf-style %d / %x / %f of an instance read its number hooks (not __str__); divmod() and
# pow() run __divmod__ / __rdivmod__ / __pow__ as the operators do (3-arg pow: __pow__ only).
kept = []
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        kept.append(self)
        return self.v
    def __float__(self):
        kept.append(self)
        return float(self.v)
    def __str__(self):
        kept.append("str")
        return "Num"
    def __divmod__(self, o):
        kept.append(self)
        return (self.v // o, self.v % o)
    def __rdivmod__(self, o):
        kept.append(self)
        return (o // self.v, o % self.v)
    def __pow__(self, o, m=None):
        kept.append(self)
        return self.v ** o if m is None else pow(self.v, o, m)
class Plain:
    pass
n = Num(7)
s1 = "%d items" % n  # ?rc n
s2 = "%x/%o/%5.1f" % (n, n, n)  # ?rc n
q = divmod(n, 2)  # ?rc n
q = divmod(20, n)  # ?rc n
p = pow(n, 2) + pow(n, 2, 5)  # ?rc n
try:
    "%d" % Plain()
except TypeError as e:
    err = e  # ?rc n
print(s1, s2, q, p, kept.count("str"))  # ?rc n
kept.clear()
print(len(kept))  # ?rc n
