# == and != with instances run do_richcompare's order: a proper subclass on the right goes
# first; NotImplemented passes to the other side's (reflected) method; when both decline,
# identity decides; object.__ne__ runs the class's __eq__ and inverts it.
kept = []
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        kept.append(self)
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    __hash__ = object.__hash__
class Sub(V):
    def __eq__(self, o):
        kept.append(self)
        return NotImplemented
class Other:
    def __eq__(self, o):
        kept.append(self)
        return NotImplemented
a, b, s, o = V(1), V(1), Sub(1), Other()
r1 = a == b  # ?rc a b
r2 = a == s  # ?rc a s
r3 = s == a  # ?rc a s
r4 = a != b  # ?rc a b
r5 = o == a  # ?rc a o
r6 = 1 == a  # ?rc a
r7 = o != o  # ?rc o
r8 = "x" == o  # ?rc o
print(r1, r2, r3, r4, r5, r6, r7, r8, len(kept))  # ?rc a b s o
kept.clear()
print(len(kept))  # ?rc a b s o
