# Theme: in-place operators. A bag defines __iadd__ that mutates and returns
# self, so `x += y` rebinds x to the same object; a frozen bag defines only
# __add__, so `+=` builds a new object and aliases diverge; __imul__ too.


class Bag:
    def __init__(self, items=None):
        self.items = list(items or [])

    def __iadd__(self, other):
        self.items.extend(other.items)
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self

    def __add__(self, other):
        return Bag(self.items + other.items)


class FrozenBag:
    def __init__(self, items):
        self.items = tuple(items)

    def __add__(self, other):
        return FrozenBag(self.items + other.items)


x1 = 1.5 * 2  # ?rc x1
bag = Bag([x1])  # ?rc bag x1
alias = bag
extra = Bag([x1, x1])  # ?rc extra x1
bag += extra  # ?rc bag alias extra x1
bag *= 2  # ?rc bag x1
combined = bag + extra  # ?rc combined x1 bag
fb = FrozenBag([x1])  # ?rc fb x1
falias = fb
fb += FrozenBag([x1])  # ?rc fb falias x1
del falias  # ?rc x1
holder = [bag]
holder[0] += extra  # ?rc bag x1
counts = {"n": Bag()}
counts["n"] += bag  # ?rc bag
del bag, alias, combined, holder  # ?rc extra x1
