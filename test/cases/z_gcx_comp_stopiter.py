# An iterator class whose __next__ raises StopIteration, consumed by
# comprehensions (their own frames on 3.11): the exception and its frames are
# freed at once, so a later collection finds only the program's own cycles;
# an error kept from inside a comprehension keeps its frames until dropped.
import gc


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n * 1.5


def check(v):
    if v > 3.0:
        raise ValueError("too big")
    return v


gc.collect()
squares = [v * v for v in Countdown(3)]  # ?rc squares
total = sum(v for v in Countdown(4))
ring = Countdown(2)
ring.me = ring  # ?rc ring
del ring
print(gc.collect(), squares, total)  # the ring only
try:
    checked = [check(v) for v in Countdown(5)]
except ValueError as exc:
    kept = exc  # ?rc kept
print(gc.collect())
del kept
loop = Countdown(1)
loop.me = loop
del loop
print(gc.collect())
