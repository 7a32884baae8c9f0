# Theme: inheritance and super(). super() inside methods, overriding,
# cooperative __init__ chains passing the same object along.


class Payload:
    pass


class Base:
    def __init__(self, data):
        self.data = data

    def describe(self, extra):
        here = extra  # ?rc here
        return here


class Mid(Base):
    def __init__(self, data, more):
        super().__init__(data)
        self.more = more  # ?rc data more

    def describe(self, extra):
        got = super().describe(extra)  # ?rc got
        return got


class Leaf(Mid):
    def __init__(self, data):
        super().__init__(data, data)
        self.leaf = data  # ?rc data


p = Payload()  # ?rc p
b = Base(p)  # ?rc p b
m = Mid(p, p)  # ?rc p m
leaf = Leaf(p)  # ?rc p leaf
out = leaf.describe(p)  # ?rc p out
out2 = m.describe([p])  # ?rc p out2
del b  # ?rc p
del m  # ?rc p
del leaf  # ?rc p
sub = [Leaf(p) for _ in range(3)]  # ?rc p
sub.clear()  # ?rc p


class Probe(Base):
    def owner(self):
        return __class__


own = Probe(p).owner()  # ?rc own p -- the implicit __class__ cell
