# An item whose __repr__ returns something other than a str makes the container's repr raise
# TypeError (PyObject_Repr checks the result): the items after it are not repr'd.
kept = []


class Keep:
    def __repr__(self):
        kept.append(self)
        return 'Keep()'


class Number:
    def __repr__(self):
        kept.append(self)
        return 42


a = Keep()
b = Number()
c = Keep()
try:
    s = repr([a, b, c])
except TypeError:
    failed = True  # ?rc a b c
try:
    print((c, b, a))
except TypeError:
    failed = True  # ?rc a b c
n = len(kept)
kept.clear()  # ?rc a b c
