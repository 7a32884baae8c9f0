# Cycles through closures: a nested function that refers to itself via a
# cell, counters built with nonlocal, and closures stored on the objects
# they close over.
import gc


def make_counter(start):
    count = start

    def step():
        nonlocal count
        count += 1
        return count
    f = step  # ?rc f
    return f


def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    g = fact  # ?rc g
    return g


class Widget:
    def __init__(self, label):
        self.label = label

        def describe():
            return self.label
        self.describe = describe


gc.collect()
c1 = make_counter(10 ** 3)  # ?rc c1
c1()
c2 = make_counter(10 ** 3)  # ?rc c1 c2
cells = c1.__closure__  # ?rc cells
cell = cells[0]  # ?rc cell
del cells  # ?rc cell
del c1, c2, cell
print(gc.collect())  # counters: no cycles
fact = make_recursive()  # ?rc fact
print(fact(5))
del fact
print(gc.collect())  # function <-> cell cycle
for k in range(3):
    w = Widget(k * 2.5)  # ?rc w
    d = w.describe  # ?rc d w
    del d  # ?rc w
del w
print(gc.collect())  # three instance/closure/cell cycles


def outer():
    data = [1.5, 2.5]  # ?rc data

    def inner():
        data.append(inner)
        return len(data)
    inner()
    snapshot = data  # ?rc data snapshot
    return snapshot


kept = outer()  # ?rc kept
print(gc.collect())
kept.pop()  # ?rc kept
print(gc.collect())  # inner + cell freed by the pop? it is a cycle
del kept
print(gc.collect())
