# Closures keep what they capture alive; a bound method keeps its object.
class Counter:
    def __init__(self):
        self.total = 0.0

    def bump(self, amount):
        self.total += amount
        return self.total


def make_adder(step):
    def add(x):
        return x + step
    return add


c = Counter()
bump = c.bump
bump(1.5)
add_two = make_adder(2.5)
result = add_two(1.5)
del c
