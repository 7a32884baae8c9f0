# Theme: stores and deletions that raise (a missing attribute, a slot deleted
# twice, tuple / str item assignment, frozenset.add, a class __dict__ proxy,
# attributes of immutable types): what the attempt stored is not kept.
import sys
class P:
    __slots__ = ('a',)
class Q:
    pass
def attempt(fn, box):
    try:
        fn(box)
        return True
    except (AttributeError, TypeError, KeyError, IndexError, ValueError):
        return False
def f0(b): del Q().missing
def f1(b): p = P(); p.a = b; del p.a; del p.a
def f2(b): t = (1, 2); t[0] = b
def f3(b): s = frozenset(); s.add(b)
def f4(b): "abc"[0] = b
def f5(b): d = {}; d.pop('k'); d['z'] = b
def f6(b): q = Q(); q.x = b; del q.y
def f7(b): [].remove(b)
def f8(b): (1).real = b
def f9(b): g = (x for x in []); del g.gi_frame
def f10(b): setattr(P(), 'zz', b)
def f11(b): delattr(Q, 'nothing')
def f12(b): object.__setattr__(1, 'x', b)
def f13(b): Q.__dict__['k'] = b
def f14(b): int.x = b
def f15(b): k = Q(); k.__dict__ = b
def f16(b): import math; math.pi = b; del math.nothing
def f17(b): x = [1]; x.sort(key=b)
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
