# Theme: a def whose default (positional or keyword-only) raises makes no
# function and drops the defaults evaluated before; an f-string whose value's
# __str__ raises, a dict comprehension whose value raises and a filter test
# that raises release the value, the key and the item they were holding.
def attempt(fn, box):
    try:
        fn(box)
        return True
    except Exception:
        return False
class S:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        raise ValueError('str')
def f0(x):
    def h(a=x, b=1 / 0):
        return a
def f1(x):
    def h(a, *, k=x, j=x[7]):
        return a
def f2(x):
    f'{S(x)}'
def f3(x):
    f'{x}-{S(x)}'
def f4(x):
    {v: 1 / 0 for v in [x]}
def f5(x):
    {x[0]: v[3] for v in [x]}
def f6(x):
    list(filter(lambda v: 1 / 0, [x]))
def f7(x):
    def h(a=x, b=2):
        return a
    return h
b0 = [0]
r0 = attempt(f0, b0)  # ?rc b0
b1 = [0]
r1 = attempt(f1, b1)  # ?rc b1
b2 = [0]
r2 = attempt(f2, b2)  # ?rc b2
b3 = [0]
r3 = attempt(f3, b3)  # ?rc b3
b4 = [0]
r4 = attempt(f4, b4)  # ?rc b4
b5 = [0]
r5 = attempt(f5, b5)  # ?rc b5
b6 = [0]
r6 = attempt(f6, b6)  # ?rc b6
b7 = [0]
h7 = f7(b7)  # ?rc b7
