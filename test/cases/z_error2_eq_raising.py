# Theme: keys whose __eq__ raises (equal hashes force the comparison) while a
# set or dict is built or filled: the items not stored yet, the value waiting
# for the store and the new container are released with the error.
def attempt(fn, box):
    try:
        fn(box)
        return True
    except Exception:
        return False
class E:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        raise ValueError('eq')
    def __hash__(self):
        return 1
def f0(x):
    {E(0), E(x)}
def f1(x):
    set([E(0), E(x)])
def f2(x):
    frozenset([E(x), E(0)])
def f3(x):
    dict([(E(0), 1), (E(1), x)])
def f4(x):
    {v for v in [E(0), E(x)]}
def f5(x):
    s = {E(0)}
    s.update([E(x), x[0]])
def f6(x):
    s = {E(0)}
    s.intersection([E(x)])
def f7(x):
    d = {E(0): 1}
    d[E(1)] = x
def f8(x):
    {v: x for v in [E(0), E(1)]}
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
r7 = attempt(f7, b7)  # ?rc b7
b8 = [0]
r8 = attempt(f8, b8)  # ?rc b8
