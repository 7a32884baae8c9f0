# Theme: -d, +d of a Decimal are always a new Decimal, also for Decimals made by arithmetic or quantize
from decimal import Decimal
a = Decimal("1.5")  # ?rc a
n = -a  # ?rc a n
p = +a  # ?rc a p
z = -Decimal("0")  # ?rc z
b = a * 2 + 1  # ?rc b
m = -b  # ?rc b m
q = a.quantize(Decimal("0.1"))  # ?rc q
nq = -q  # ?rc q nq
kept = [n, m, nq]  # ?rc n m nq kept
