# Theme: accumulators. `x += y` rebinds x to whatever __iadd__ returns:
# a Bag returns itself, a Frozen bag returns a new object (the old one
# keeps only its other names). A context manager's __enter__ may return
# itself or a different object, and `as` binds that result.


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other.items)
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.items.clear()
        return False


class Frozen:
    def __init__(self, items):
        self.items = tuple(items)

    def __iadd__(self, other):
        return Frozen(self.items + other.items)

    def __enter__(self):
        return Bag(self.items)

    def __exit__(self, *exc):
        return False


x = 1.5 * 2  # ?rc x
bag = Bag([x])  # ?rc bag
alias = bag
bag += Bag([x, x])  # ?rc bag alias x
fz = Frozen([x])  # ?rc fz x
old = fz
fz += Frozen([x])  # ?rc fz old x
with bag as b:
    inner = b  # ?rc bag
after = b  # ?rc bag x
with fz as fb:
    made = fb  # ?rc fz fb x
after2 = fb  # ?rc fb fz
holder = [bag, fz]
holder[0] += Bag([x])  # ?rc bag x
holder[1] += Frozen([x])  # ?rc fz x
newest = holder[1]  # ?rc newest x
del old, made, after2, fb  # ?rc x
