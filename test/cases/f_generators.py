# Application: generators: an infinite counter stopped manually, generator
# expressions fed to sum/any/all/max/sorted, and cleanup with try/finally.
import gc
import sys

cleanup = []


class Tick:
    def __init__(self, n):
        self.n = n


def ticks(start):
    n = start
    try:
        while True:
            t = Tick(n)  # ?rc t
            yield t
            n += 1
    finally:
        cleanup.append(n)


def take(gen, k):
    out = []
    for item in gen:
        out.append(item)  # ?rc item
        if len(out) == k:
            break
    return out


gen = ticks(10)  # ?rc gen
first3 = take(gen, 3)  # ?rc first3 gen
t0 = first3[0]  # ?rc t0
more = take(gen, 2)  # ?rc more
last = more[-1]  # ?rc last
gen.close()  # ?rc last gen
done = cleanup[-1]  # ?rc done
nums = [Tick(k * 1.5) for k in range(5)]  # ?rc nums
total = sum(t.n for t in nums)  # ?rc total
has_big = any(t.n > 5 for t in nums)  # ?rc has_big
all_pos = all(t.n >= 0 for t in nums)  # ?rc all_pos
top = max((t for t in nums), key=lambda t: t.n)  # ?rc top
desc = sorted((t for t in nums), key=lambda t: t.n, reverse=True)  # ?rc desc top
g2 = ticks(0)  # ?rc g2
x = next(g2)  # ?rc x
del g2  # ?rc x
held = ticks(100)
y = next(held)  # ?rc y
box = [held]  # ?rc box
print(sys.getrefcount(y), cleanup)
print(gc.collect())
