# sys.intern, operator.attrgetter and operator.methodcaller intern their name strings in place
# (PyUnicode_InternInPlace): a fresh str of a new text becomes the interned entry itself (immortal
# on 3.12); an equal str interned before replaces it and the argument's count is left alone.
# 3.13's methodcaller also keeps its argument tuple, which holds the name as given.
import operator
import sys

s = "".join(["ab", "cd"])  # ?rc s
t = sys.intern(s)  # ?rc s
u = "".join(["ab", "cd"])
v = sys.intern(u)  # ?rc u v
del t, v  # ?rc s
n = "".join(["ef", "gh"])
g = operator.attrgetter(n)  # ?rc n
n2 = "".join(["x.", "yz"])
g2 = operator.attrgetter(n2)  # ?rc n2
n4 = "".join(["ij", "kl"])
n5 = "".join(["mn", "op"])
g3 = operator.attrgetter(n4, n5)  # ?rc n4 n5
n6 = "".join(["ef", "gh"])
g4 = operator.attrgetter(n6)  # ?rc n n6
del g, g2, g3, g4  # ?rc n n2 n4 n5 n6
m = "".join(["zq", "mx"])
mc = operator.methodcaller(m)  # ?rc m
m2 = "".join(["wv", "ut"])
mc2 = operator.methodcaller(m2, 1, k=2)  # ?rc m2
m3 = "".join(["up", "per"])
mc3 = operator.methodcaller(m3)  # ?rc m3
r = mc3("abc")  # ?rc m3 r
m4 = "".join(["zq", "mx"])
mc4 = operator.methodcaller(m4)  # ?rc m m4
del mc, mc2, mc3, mc4  # ?rc m m2 m3 m4
w = sys.intern(m4)  # ?rc m m4 w
