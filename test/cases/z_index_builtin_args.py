# Theme: more __index__ sites, one object each: repeats both ways, %x, list.pop / insert / index bounds, math.factorial / comb, int(), chr()
import math, itertools
kept = []
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        kept.append(self)
        return self.v
a = I(2)
l = [1.5] * a  # ?rc a
b = I(2)
l2 = b * [1.5]  # ?rc b
c = I(2)
s = "ab" * c  # ?rc c
d = I(2)
f = "%x" % d  # ?rc d
e = I(2)
bb = bytes(e)  # ?rc e
g = I(2)
lst = [1.5, 2.5, 3.5, 4.5]
p = lst.pop(g)  # ?rc g
j = I(1)
lst.insert(j, 9.5)  # ?rc j
m = I(2)
rr = round(3.5, m)  # ?rc m
n = I(2)
isl = list(itertools.islice(lst, n))  # ?rc n
o = I(3)
fa = math.factorial(o)  # ?rc o
q = I(2)
cm = math.comb(5, q)  # ?rc q
r = I(2)
iv = int(r)  # ?rc r
u = I(66)
ch = chr(u)  # ?rc u
x = I(2)
t3 = (1.5, 2.5) * x  # ?rc x
y = I(2)
bs = b"ab" * y  # ?rc y
z = I(1)
ix = lst.index(2.5, z)  # ?rc z
print(len(kept))
