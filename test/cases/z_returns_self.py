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
