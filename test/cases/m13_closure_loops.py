# Closures over loop variables: every closure made in a loop shares one
# cell, so all see the last value; default-argument binding fixes it.
# nonlocal in nested functions rebinds the shared cell.
import gc


class Val:
    def __init__(self, x):
        self.x = x


def late_binding(n):
    fns = []
    for i in range(n):
        v = Val(i * 1.5)  # ?rc v
        fns.append(lambda: v.x)
    return fns


def early_binding(n):
    fns = []
    for i in range(n):
        v = Val(i * 2.5)  # ?rc v
        fns.append(lambda v=v: v.x)
    return fns


def accumulator():
    total = Val(0.5)

    def add(amount):
        nonlocal total
        old = total  # ?rc old
        total = Val(old.x + amount)  # ?rc total old
        return total.x

    def peek():
        return total
    return add, peek


gc.collect()
late = late_binding(3)  # ?rc late
print([f() for f in late])
cell = late[0].__closure__[0]  # ?rc cell
shared = cell.cell_contents  # ?rc shared
del late  # ?rc shared cell
del cell, shared
early = early_binding(3)  # ?rc early
print([f() for f in early])
first_default = early[0].__defaults__[0]  # ?rc first_default
del early  # ?rc first_default
del first_default
add, peek = accumulator()  # ?rc add peek
add(1.25)
cur = peek()  # ?rc cur
add(2.5)  # ?rc cur
cur2 = peek()  # ?rc cur2
del cur
del add, peek  # ?rc cur2
print(gc.collect())  # no cycles here


def make_self_loop():
    def loop():
        return loop
    return loop


for _ in range(2):
    lp = make_self_loop()  # ?rc lp
del lp
print(gc.collect())  # two function <-> cell cycles
