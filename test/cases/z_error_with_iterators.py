# Theme: with statements whose manager fails (__enter__ raising, no __enter__,
# a second manager failing after the first) and iterators that raise inside
# map / zip / sorted / any: nothing handed to them is kept.
b = [0]
def attempt(fn, box):
    try:
        fn(box)
        return True
    except Exception:
        return False
class EnterFails:
    def __init__(self, x):
        self.x = x
    def __enter__(self):
        raise ValueError('enter')
    def __exit__(self, *a):
        return False
class NoEnter:
    def __init__(self, x):
        self.x = x
def f0(x):
    with EnterFails(x):
        pass
def f1(x):
    with NoEnter(x):
        pass
def f2(x):
    with open('/nonexistent/zz') as fh, EnterFails(x):
        pass
def f3(x):
    with EnterFails(x) as e:
        x.append(e)
def f4(x):
    it = iter([x, x])
    next(it)
    raise ValueError(it)
def f5(x):
    m = map(lambda v: 1 / 0, [x])
    list(m)
def f6(x):
    gen = (1 / 0 for _ in [x])
    next(gen)
def f7(x):
    d = dict.fromkeys([x[0]], x)
    d.pop('missing')
def f8(x):
    lst = [x]
    lst.sort(key=lambda v: 1 / 0)
def f9(x):
    s = sorted([x, x], key=lambda v: 1 / 0)
def f10(x):
    z = zip([x], map(lambda v: 1 / 0, [1]))
    list(z)
def f11(x):
    any(1 / 0 for _ in [x])
def f12(x):
    sum([x], [])
    sum([[x]], 5)
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
b9 = [0]
r9 = attempt(f9, b9)  # ?rc b9
b10 = [0]
r10 = attempt(f10, b10)  # ?rc b10
b11 = [0]
r11 = attempt(f11, b11)  # ?rc b11
b12 = [0]
r12 = attempt(f12, b12)  # ?rc b12
