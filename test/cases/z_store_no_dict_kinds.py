# Theme: attribute stores on objects without a __dict__ (generators, bound
# methods, iterators, ranges, slices, weakrefs, frozensets, complex numbers,
# frames, code objects, properties, views, builtin functions, cells, super):
# each raises AttributeError, so the stored value is not kept.
import sys, weakref
def attempt(o, box):
    try:
        o.extra = box
        return True
    except AttributeError:
        return False
def gen():
    yield 1
class K:
    def m(self):
        pass
k = K()
g = gen()
b0 = []
r0 = attempt(g, b0)  # ?rc b0
b1 = []
r1 = attempt(k.m, b1)  # ?rc b1
b2 = []
r2 = attempt(iter([1]), b2)  # ?rc b2
b3 = []
r3 = attempt(range(3), b3)  # ?rc b3
b4 = []
r4 = attempt(slice(1, 2), b4)  # ?rc b4
b5 = []
r5 = attempt(weakref.ref(k), b5)  # ?rc b5
b6 = []
r6 = attempt(frozenset({1}), b6)  # ?rc b6
b7 = []
r7 = attempt(1j, b7)  # ?rc b7
b8 = []
r8 = attempt(sys._getframe(), b8)  # ?rc b8
b9 = []
r9 = attempt(gen.__code__, b9)  # ?rc b9
b10 = []
r10 = attempt(object(), b10)  # ?rc b10
b11 = []
r11 = attempt(property(lambda s: 1), b11)  # ?rc b11
b12 = []
r12 = attempt(zip([1], [2]), b12)  # ?rc b12
b13 = []
r13 = attempt(enumerate([1]), b13)  # ?rc b13
b14 = []
r14 = attempt(map(len, ["a"]), b14)  # ?rc b14
b15 = []
r15 = attempt(iter({1: 2}.items()), b15)  # ?rc b15
b16 = []
r16 = attempt({1: 2}.keys(), b16)  # ?rc b16
b17 = []
r17 = attempt(len, b17)  # ?rc b17
b18 = []
r18 = attempt([].append, b18)  # ?rc b18
b19 = []
r19 = attempt(filter(None, []), b19)  # ?rc b19
b20 = []
r20 = attempt(reversed([1]), b20)  # ?rc b20
b21 = []
r21 = attempt((x for x in [1]), b21)  # ?rc b21
b22 = []
r22 = attempt(K.__dict__, b22)  # ?rc b22
b23 = []
r23 = attempt(super(K, k), b23)  # ?rc b23
b24 = []
r24 = attempt(..., b24)  # ?rc b24
b25 = []
r25 = attempt(NotImplemented, b25)  # ?rc b25
b26 = []
r26 = attempt((lambda kk: (lambda: kk))(k).__closure__[0], b26)  # ?rc b26
b27 = []
r27 = attempt("s".upper, b27)  # ?rc b27
b28 = []
r28 = attempt(sys.exc_info, b28)  # ?rc b28
b29 = []
r29 = attempt(iter("ab"), b29)  # ?rc b29
b30 = []
r30 = attempt(K.m.__get__, b30)  # ?rc b30
