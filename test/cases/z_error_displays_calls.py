# Theme: an element, argument or operand that raises while a display, call or
# expression is being built: what was evaluated before it is released.
b = [0]
def attempt(fn, box):
    try:
        fn(box)
        return True
    except Exception:
        return False
def g(*a, **k):
    return a
def f0(x): [x, 1 / 0]
def f1(x): (x, x, 1 / 0)
def f2(x): {x: 1, 2: 1 / 0}
def f3(x): g(x, 1 / 0)
def f4(x): g(x, k=1 / 0)
def f5(x): g(*[x], *5)
def f6(x): g(**{'a': x}, **5)
def f7(x): [x, *5]
def f8(x): {1: x, **5}
def f9(x): x[1 / 0] = x
def f10(x): x.attr = 1 / 0
def f11(x): (x, x)[1 / 0]
def f12(x): [x][0:1 / 0]
def f13(x): f'{x}{1 / 0}'
def f14(x): x if 1 / 0 else x
def f15(x): [x] + [1 / 0]
def f16(x): {x[0], 1 / 0}
def f17(x): str(x) + (1 / 0)
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
b13 = [0]
r13 = attempt(f13, b13)  # ?rc b13
b14 = [0]
r14 = attempt(f14, b14)  # ?rc b14
b15 = [0]
r15 = attempt(f15, b15)  # ?rc b15
b16 = [0]
r16 = attempt(f16, b16)  # ?rc b16
b17 = [0]
r17 = attempt(f17, b17)  # ?rc b17
