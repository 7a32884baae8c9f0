# Methods that give their receiver back: with_traceback, str.format / % with nothing to format, math.floor of an int
e = ValueError(1.5)
e2 = e.with_traceback(None)  # ?rc e
try:
    raise KeyError("k k")
except KeyError as err:
    tb = err.__traceback__
    f = RuntimeError("r r").with_traceback(tb)  # ?rc f
s = "abc def!" + str(len("a"))
a = s.format()  # ?rc s
b = s % ()  # ?rc s
c = s.format(1, x=2)  # ?rc s
t = "x {{y}}!" + str(len("a"))
d = t.format()  # ?rc t d
import math
x = 10 ** 6 + int("0")
y = math.floor(x)  # ?rc x
z = math.ceil(x) + math.trunc(x)  # ?rc x
n = 10 ** 7 + int("1")
i = n.__index__()  # ?rc n
j = n.__int__() + 0  # ?rc n
r = round(n)  # ?rc n
fl = 2.5 * 3
g = fl.__float__()  # ?rc fl
s2 = "abc def!" + str(len("ab"))
c2 = s2.__str__()  # ?rc s2
c3 = s2.__format__("")  # ?rc s2
d5 = bytes(3) + b"!!"
m5 = b"".join([d5])  # ?rc d5
