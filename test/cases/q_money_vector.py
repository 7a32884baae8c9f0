# Application: Money and Vector value classes with operator overloading,
# used as dict keys and in sets; __iadd__ mutates in place.
import gc
import sys


class Money:
    __slots__ = ("cents", "cur")

    def __init__(self, cents, cur="USD"):
        self.cents = cents
        self.cur = cur

    def __add__(self, other):
        if other.cur != self.cur:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.cur)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.cur) == (other.cents, other.cur)

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.cur}"


class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __iadd__(self, other):
        for i, x in enumerate(other.xs):
            self.xs[i] += x
        return self

    def __add__(self, other):
        out = Vector(*self.xs)
        out += other  # ?rc out
        return out

    def __mul__(self, k):
        return Vector(*[x * k for x in self.xs])


a = Money(1050)  # ?rc a
b = Money(250)  # ?rc b
c = a + b  # ?rc c
d = Money(1300)  # ?rc d
prices = {c: "lunch for two", a: "snack pack"}  # ?rc prices c
found = prices[d]  # ?rc found d c
bag = {a, b, c, d}  # ?rc bag c
same = c == d  # ?rc c d
text = repr(c)  # ?rc text
v = Vector(1.5, 2.5)  # ?rc v
w = Vector(0.5, 0.5)  # ?rc w
alias = v  # ?rc v
v += w  # ?rc v alias
u = v + w  # ?rc u v
s = u * 3  # ?rc s u
xs = s.xs  # ?rc xs
print(sys.getrefcount(c), sys.getrefcount(xs))
total = sum([a, b], Money(0))  # ?rc total
del prices  # ?rc c a
bag.discard(d)  # ?rc c d
s.xs.append(s)  # ?rc s
del s, xs  # ?rc u
print(gc.collect())
