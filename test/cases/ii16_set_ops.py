# Theme: sets of objects with their own __eq__/__hash__: adding an equal
# object keeps the one already stored; in-place operators decide which of
# two equal objects survives; frozenset keys.


class Tag:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return isinstance(other, Tag) and self.key == other.key

    def __hash__(self):
        return self.key


t1, t1b, t2, t3 = Tag(1), Tag(1), Tag(2), Tag(3)  # ?rc t1 t1b
s = {t1, t2}  # ?rc s
s.add(t1b)  # ?rc t1b -- equal: the stored t1 stays
u = {t1b, t3}  # ?rc t1b t3
s |= u  # ?rc t1b t3
s &= {t1b, t2, t3}  # ?rc t1 t1b t2
sym = s ^ {Tag(2), t1b}  # ?rc t3 sym
low = min(s, key=lambda t: t.key)
gen = set(t for t in (t1, t1b, t2))  # ?rc t1b
keys = {frozenset(s): "first value"}  # ?rc s keys
s.difference_update({t3})  # ?rc t3
only = {t2}.pop()  # ?rc t2 only
s.clear()  # ?rc t1 t2
del gen, keys, sym, u, low  # ?rc t1 t1b t2 t3
