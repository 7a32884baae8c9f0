# Theme: operations that raise (weakrefs to objects without a weakref slot,
# unhashable keys, dict changed during iteration, send to a just-started
# generator, wrong argument counts, empty max/reduce ...): the value handed
# to each attempt is kept only where the operation succeeds.
import weakref, copy, functools, itertools, collections
class S:
    __slots__ = ('a',)
class W:
    __slots__ = ('a', '__weakref__')
class P:
    pass
def attempt(fn, box):
    try:
        fn(box)
        return True
    except (AttributeError, TypeError, KeyError, IndexError, ValueError, RuntimeError, StopIteration, ReferenceError, ZeroDivisionError):
        return False
def g():
    yield 1
def f0(b): b.append(weakref.ref(S()))
def f1(b): b.append(weakref.ref(W()))
def f2(b): b.append(weakref.ref([1]))
def f3(b): b.append(weakref.ref({}))
def f4(b): b.append(weakref.ref(P()))
def f5(b): b.append(hash([b]))
def f6(b): b.append(sorted([1, 'a', b]))
def f7(b):
    d = {1: b, 2: b}
    for k in d:
        d[k + 10] = b
def f8(b): b.append([1, 2].index(b))
def f9(b): b.append(int('x'))
def f10(b): x = g(); x.send(b)
def f11(b): x = g(); next(x); next(x); b.append(x)
def f12(b): (lambda a: a)(b, b)
def f13(b): x, y = [b, b, b]
def f14(b): b.append({[1]: b})
def f15(b): b.append(weakref.ref((1, 2)))
def f16(b): b.append(weakref.ref(1))
def f17(b): b.append(weakref.ref('s'))
def f18(b): b.append(weakref.proxy(P()).x)
def f19(b): b.append(functools.reduce(lambda a, c: a + c, []))
def f20(b): b.append(max([]))
def f21(b): b.append(collections.deque([b], maxlen=1).pop() and [].pop())
def f22(b): s = {1, 2}; [s.add(b) for x in s]
def f23(b): l = [1]; l.remove(b)
def f24(b): b.append(copy.copy(g()))
def f25(b): b.append(next(iter([])))
def f26(b): b.append(b.__hash__())
def f27(b): b.append(dict.fromkeys([[1]]))
def f28(b): b.append(divmod(1, 0))
def f29(b): b.append(itertools.islice([b], -1))
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
