# str() / repr() / print() / f-strings of an instance whose __str__ / __repr__ returns something
# that is not a str raise TypeError (PyObject_Str / PyObject_Repr check the result); a str
# subclass passes.
kept = []
class Bad:
    def __init__(self):
        self.payload = [1, 2]
    def __str__(self):
        kept.append(self)
        return self.payload
    def __repr__(self):
        kept.append(self)
        return 42
class Tag(str):
    pass
class Good:
    def __str__(self):
        return Tag("ok")
b = Bad()
p = b.payload
for conv in (str, repr, print, lambda x: f"{x}", lambda x: "%s" % (x,)):
    try:
        conv(b)
    except TypeError as e:
        err = e
n = len(kept)  # ?rc b p
g = str(Good())  # ?rc g
kept.clear()
print(n)  # ?rc b p
