# Theme: operations a type does not support (item assignment or deletion on
# plain instances, generators, functions; arithmetic, len, iteration, calls on
# plain instances; weak containers of unweakrefable values): each raises
# TypeError and keeps nothing of what it was handed.
import weakref
class P:
    pass
class G:
    def __getitem__(self, k):
        return k
def gen():
    yield 1
def attempt(fn, box):
    try:
        fn(box)
        return True
    except (AttributeError, TypeError, KeyError, IndexError, ValueError, RuntimeError):
        return False
def f0(b): P()[0] = b
def f1(b): G()[0] = b
def f2(b): gen()[0] = b
def f3(b): len[0] = b
def f4(b): (lambda: 1)[0] = b
def f5(b): del P()[0]
def f6(b): del gen().x
def f7(b): del len.x
def f8(b): del P().x
def f9(b): p = P(); p.x = b; del p.x; b.append(p.x)
def f10(b): range(3)[0] = b
def f11(b): b.append(P()[0])
def f12(b): b.append(gen()[0])
def f13(b): b.append(P() + b)
def f14(b): b.append(-P())
def f15(b): b.append(P() < P())
def f16(b): b.append(len(P()))
def f17(b): P()(b)
def f18(b): b.append(iter(P()))
def f19(b): b.append([*P()])
def f20(b): x = P(); x += b
def f21(b): b.append(abs(b))
def f22(b): b.append(round(P()))
def f23(b): d = weakref.WeakValueDictionary(); d['k'] = b
def f24(b): s = weakref.WeakSet(); s.add(5)
def f25(b): b.append({**P()})
def f26(b): b.append(dict(P()))
def f27(b): b.append(list(5))
def f28(b): b.append(sum([b]))
def f29(b): b.append(''.join([b]))
b0 = []
r0 = attempt(f0, b0)  # ?rc b0
b1 = []
r1 = attempt(f1, b1)  # ?rc b1
b2 = []
r2 = attempt(f2, b2)  # ?rc b2
b3 = []
r3 = attempt(f3, b3)  # ?rc b3
b4 = []
r4 = attempt(f4, b4)  # ?rc b4
b5 = []
r5 = attempt(f5, b5)  # ?rc b5
b6 = []
r6 = attempt(f6, b6)  # ?rc b6
b7 = []
r7 = attempt(f7, b7)  # ?rc b7
b8 = []
r8 = attempt(f8, b8)  # ?rc b8
b9 = []
r9 = attempt(f9, b9)  # ?rc b9
b10 = []
r10 = attempt(f10, b10)  # ?rc b10
b11 = []
r11 = attempt(f11, b11)  # ?rc b11
b12 = []
r12 = attempt(f12, b12)  # ?rc b12
b13 = []
r13 = attempt(f13, b13)  # ?rc b13
b14 = []
r14 = attempt(f14, b14)  # ?rc b14
b15 = []
r15 = attempt(f15, b15)  # ?rc b15
b16 = []
r16 = attempt(f16, b16)  # ?rc b16
b17 = []
r17 = attempt(f17, b17)  # ?rc b17
b18 = []
r18 = attempt(f18, b18)  # ?rc b18
b19 = []
r19 = attempt(f19, b19)  # ?rc b19
b20 = []
r20 = attempt(f20, b20)  # ?rc b20
b21 = []
r21 = attempt(f21, b21)  # ?rc b21
b22 = []
r22 = attempt(f22, b22)  # ?rc b22
b23 = []
r23 = attempt(f23, b23)  # ?rc b23
b24 = []
r24 = attempt(f24, b24)  # ?rc b24
b25 = []
r25 = attempt(f25, b25)  # ?rc b25
b26 = []
r26 = attempt(f26, b26)  # ?rc b26
b27 = []
r27 = attempt(f27, b27)  # ?rc b27
b28 = []
r28 = attempt(f28, b28)  # ?rc b28
b29 = []
r29 = attempt(f29, b29)  # ?rc b29
