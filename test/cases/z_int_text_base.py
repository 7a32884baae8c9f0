# int() of text with a base
def parse(text, base):
    try:
        return int(text, base)
    except ValueError:
        return None

a = int("12345", 10)  # ?rc a
b = int("ff", 16)  # ?rc b
c = int("0xff", 0)  # ?rc c
d = int("7", base=8)  # ?rc d
e = int("1_000_000", 0)  # ?rc e
f = int("0b_1010_1010_1010", 2)  # ?rc f
g = parse("010", 0)  # ?rc g
h = parse("9", 8)  # ?rc h
i = parse("1__0", 10)  # ?rc i
j = int("  -zz  ", 36)  # ?rc j
k = parse("0x", 16)  # ?rc k
m = int("0o777", 8)  # ?rc m
n = parse("12", 1)  # ?rc n
o = int("00", 0)  # ?rc o
p = int("123456789abcdef", 16)  # ?rc p
