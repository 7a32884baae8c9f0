# Runtime-built strs whose text the interpreter already has interned when the script starts, on some
# versions only (measured per version: scripts/genStartupInterned.py, startupInterned.ts). sys.intern,
# operator.attrgetter and operator.methodcaller intern their argument in place: a text interned
# before gives back that earlier str and the argument keeps its count; a new text makes the argument
# itself the entry (one more reference through the result; immortal on 3.12). 3.13's methodcaller
# also keeps its argument tuple, which holds the name as given.
import operator
import sys

a = "".join(["lite", "rals"])  # interned at startup on 3.11 only
ai = sys.intern(a)  # ?rc a
b = "".join(["clos", "ure"])  # 3.12 and 3.13, not 3.11
bg = operator.attrgetter(b)  # ?rc b
c = "".join(["attr", "name"])  # all three (on 3.13 mortal, by modules the startup imports)
cm = operator.methodcaller(c)  # ?rc c
d = "".join(["str", "ings"])  # 3.12 only
di = sys.intern(d)  # ?rc d
f = "".join(["inter", "val"])  # 3.13 only
fg = operator.attrgetter(f)  # ?rc f
g = "".join(["CANC", "ELLED"])  # 3.12 and 3.13
gm = operator.methodcaller(g, 1)  # ?rc g
h = "".join(["zq", "wv", "ut"])  # none
hi = sys.intern(h)  # ?rc h
del ai, bg, cm, di, fg, gm, hi  # ?rc a b c d f g h
k = "".join(["lite", "rals"])
ki = sys.intern(k)  # ?rc a k
