# Theme: builtins given bad arguments (unpacking counts, zip strict, slice
# assignment, dict/set updates, joins, sorts, starred displays): each raises
# TypeError or ValueError and keeps nothing of its arguments.
b = [0]
def attempt(fn, box):
    try:
        fn(box)
        return True
    except Exception:
        return False
def f0(x): a, b2 = [x, x, x]
def f1(x): a, *rest = []
def f2(x): list(zip([x], [1, 2], strict=True))
def f3(x): lst = [x, x]; lst[0:1] = 5
def f4(x): lst = [x]; lst[::2] = [x, x, x]
def f5(x): d = {}; d.update([(x,)])
def f6(x): d = {}; d.update([(1, x), (2,)])
def f7(x): s = set(); s.update([x])
def f8(x): dict([(1, x), 5])
def f9(x): t = tuple([x]) + [x]
def f10(x): lst = [x]; lst.insert('a', x)
def f11(x): lst = [x]; lst.index(x, 'a')
def f12(x): ''.join(['a', x])
def f13(x): sorted([x, 1])
def f14(x): lst = [x, x]; lst.sort(key=lambda v: v.missing)
def f15(x): dict.fromkeys(x, x)
def f16(x): {**{1: x}, **[1]}
def f17(x): [*[x], *5]
def f18(x): print(*[x], sep=5)
def f19(x): x.append(x.pop(5))
def f20(x): frozenset([x])
def f21(x): {x: 1}
def f22(x): max([x], key=len, default=1, bad=2)
def f23(x): range(x)
def f24(x): enumerate(x, 'a')
def f25(x): isinstance(x, 5)
def f26(x): getattr(x, 5)
def f27(x): setattr(x, 'y', x)
def f28(x): iter(x, 5)
def f29(x): reversed({1: x})
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
b18 = [0]
r18 = attempt(f18, b18)  # ?rc b18
b19 = [0]
r19 = attempt(f19, b19)  # ?rc b19
b20 = [0]
r20 = attempt(f20, b20)  # ?rc b20
b21 = [0]
r21 = attempt(f21, b21)  # ?rc b21
b22 = [0]
r22 = attempt(f22, b22)  # ?rc b22
b23 = [0]
r23 = attempt(f23, b23)  # ?rc b23
b24 = [0]
r24 = attempt(f24, b24)  # ?rc b24
b25 = [0]
r25 = attempt(f25, b25)  # ?rc b25
b26 = [0]
r26 = attempt(f26, b26)  # ?rc b26
b27 = [0]
r27 = attempt(f27, b27)  # ?rc b27
b28 = [0]
r28 = attempt(f28, b28)  # ?rc b28
b29 = [0]
r29 = attempt(f29, b29)  # ?rc b29
