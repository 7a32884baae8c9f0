# Theme: operator overloading. __iadd__ that returns self mutates in place
# (aliases see it), __add__ returns a new object, and a class without
# __iadd__ makes `+=` rebind the name to a new object. sum() needs
# __radd__; `in` falls back to __getitem__.


class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __add__(self, other):
        return Vec([a + b for a, b in zip(self.xs, other.xs)])

    def __iadd__(self, other):
        for i, b in enumerate(other.xs):
            self.xs[i] += b
        return self

    def __mul__(self, k):
        if k == 1:
            return self
        return Vec([a * k for a in self.xs])

    __rmul__ = __mul__

    def __radd__(self, other):
        return self if other == 0 else self + other  # lets sum() start at 0

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]


v = Vec([1.5, 2.5])  # ?rc v
w = v
v += Vec([0.5, 0.5])  # ?rc v w
u = v + w  # ?rc u v
same = v * 1  # ?rc v
z = 2 * v  # ?rc z v
u = u + z  # ?rc u z
acc = Vec([0.0, 0.0])
keep = acc
for item in (v, u, z):
    acc += item  # ?rc acc
xs = acc.xs  # ?rc xs
summed = sum([v, z])  # ?rc summed v
x0 = v[0]  # ?rc x0
found = x0 in v  # ?rc v -- no __contains__: falls back to __getitem__


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


total = Money(100)
before = total  # ?rc total
total += Money(250)  # ?rc total before
items = [v, w]
alias = items
items += [z]  # ?rc items alias z
items = items + [u]  # ?rc items alias u
