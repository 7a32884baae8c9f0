# Theme: store targets that raise (a missing name, a failing index) in
# assignments, unpacking, for targets and augmented assignment: the values
# waiting to be stored are released.
b = [0]
def attempt(fn, box):
    try:
        fn(box)
        return True
    except Exception:
        return False
class O:
    pass
def f0(x): d = {}; d[1 / 0] += [x]
def f1(x): o = O(); o.a = [x]; o.a += [1 / 0]
def f2(x): d = {'k': [x]}; d['k'] += [1 / 0]
def f3(x):
    for (O().a, y[0]) in [(x, x)]:
        pass
def f4(x): a = (1 / 0)[0] = x
def f5(x): a = b2 = x; b2[1 / 0] = x
def f6(x): y = [x]; y[0], y[1 / 0] = x, x
def f7(x): del x[1 / 0]
def f8(x): o = O(); o.z, (1 / 0).q = x, x
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
class O2:
    pass
try:
    o = O()
    for (o.a, y[0]) in [(b, b)]:
        pass
except NameError:
    pass
a1 = 1  # ?rc b o
del o  # ?rc b
try:
    (p, q[0]) = (b, b)
except NameError:
    pass
a2 = 1  # ?rc b p
try:
    for z in [b]:
        y[0] = z
except NameError:
    pass
a3 = 1  # ?rc b z
try:
    (q[0], p2, p3) = (b, b, b)
except NameError:
    pass
a4 = 1  # ?rc b
try:
    for (q[0], p4) in [(b, b)]:
        pass
except NameError:
    pass
a5 = 1  # ?rc b
