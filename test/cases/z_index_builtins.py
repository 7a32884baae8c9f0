# Theme: builtins that read an int through __index__ (operator.index, hex / bin / oct, sequence repeat, %x, bytes(n), list.pop / insert, round, islice, math, int without __int__) run the hook once
import operator, math, itertools
kept = []
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        kept.append(self)
        return self.v
i = I(2)
a = operator.index(i)  # ?rc i
h = hex(i)  # ?rc i
b = bin(i)  # ?rc i
o = oct(i)  # ?rc i
l = [1.5] * i  # ?rc i
l2 = i * [1.5]  # ?rc i
s = "ab" * i  # ?rc i
f = "%x" % i  # ?rc i
bb = bytes(i)  # ?rc i
ba = bytearray(i)  # ?rc i
lst = [1.5, 2.5, 3.5, 4.5]
p = lst.pop(i)  # ?rc i
lst.insert(i, 9.5)  # ?rc i
rr = round(3.5, i)  # ?rc i
isl = list(itertools.islice(lst, i))  # ?rc i
fa = math.factorial(i)  # ?rc i
cm = math.comb(5, i)  # ?rc i
n = int(i)  # ?rc i
print(len(kept))
