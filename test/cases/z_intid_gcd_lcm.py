# math.gcd / math.lcm: abs of a lone argument, and gcd's long path giving back an argument itself
import math

num = int("123456789")  # ?rc num
g = math.gcd(num)  # ?rc g num
l = math.lcm(num)  # ?rc l num
neg = -int("123456789")  # ?rc neg
gn = math.gcd(neg)  # ?rc gn neg
del g, l, gn
wide = int("2") ** 70 + 12345  # ?rc wide
z1 = math.gcd(wide, 0)  # ?rc z1 wide
z2 = math.gcd(0, wide)  # ?rc z2 wide
z3 = math.gcd(wide, 0, 0)  # ?rc z3 wide
del z1, z2, z3
twin = int("2") ** 70 + 12345  # ?rc twin
eq = math.gcd(wide, twin)  # ?rc eq wide twin
del eq
short = math.gcd(num, 0)  # ?rc short num
two = int("1234567890123")  # ?rc two
short2 = math.gcd(two, 0)  # ?rc short2 two
lc = math.lcm(wide, 1)  # ?rc lc wide
lc2 = math.lcm(wide, wide)  # ?rc lc2 wide
del short, short2, lc, lc2
other = int("2") ** 80 + 7  # ?rc other
co = math.gcd(wide, other)  # ?rc co wide other
dv = math.gcd(wide, wide * 3)  # ?rc dv
negw = -wide  # ?rc negw
gw = math.gcd(negw, 0)  # ?rc gw negw
