# Results of __bool__ / __len__ / __iter__ are checked as CPython checks them: __bool__ must give a
# bool, __len__ an int >= 0 (len() gives a new int of its value), __iter__ an iterator.
kept = []
class BadBool:
    def __bool__(self):
        kept.append(self)
        return 1
class NegLen:
    def __len__(self):
        kept.append(self)
        return -1
class StrLen:
    def __len__(self):
        return "3"
class BadIter:
    def __iter__(self):
        kept.append(self)
        return 5
bb, nl, sl, bi = BadBool(), NegLen(), StrLen(), BadIter()
try:
    if bb:
        pass
except TypeError as e:
    e1 = e  # ?rc bb
try:
    len(nl)
except ValueError as e:
    e2 = e  # ?rc nl
try:
    if nl:
        pass
except ValueError as e:
    e3 = e  # ?rc nl
try:
    len(sl)
except TypeError as e:
    e4 = e  # ?rc sl
try:
    for x in bi:
        pass
except TypeError as e:
    e5 = e  # ?rc bi
try:
    list(bi)
except TypeError as e:
    e6 = e  # ?rc bi
res = [e1, e2, e3, e4, e5, e6]
kept.clear()
class Big:
    def __init__(self):
        self.n = 10 ** 6
    def __len__(self):
        return self.n
big = Big()
n = big.n
k = len(big)  # ?rc n k
print(len(res))  # ?rc bb nl sl bi
