# Theme: a slice store whose iterable raises (list and bytearray targets) and
# max() / min() whose comparison or key raises: the value, the items and their
# keys are released with the error, nothing is left one reference too high.
def attempt(fn, box):
    try:
        fn(box)
        return True
    except Exception:
        return False
class Seq:
    def __init__(self, x):
        self.x = x
    def __getitem__(self, i):
        raise IndexError
def f0(x):
    lst = [1, 2]
    lst[:] = map(lambda v: 1 / 0, [x])
def f1(x):
    lst = [1, 2, 3]
    lst[0:2] = map(lambda v: v[5], [x])
def f2(x):
    ba = bytearray(b'ab')
    ba[:] = map(lambda v: 1 / 0, [x])
def f3(x):
    max(Seq(x), x)
def f4(x):
    min(x, Seq(x))
def f5(x):
    max([Seq(x), x])
def f6(x):
    min(x, [1], key=lambda v: v)
    max(x, Seq(x), key=lambda v: v)
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
print(r0, r1, r2, r3, r4, r5, r6)
