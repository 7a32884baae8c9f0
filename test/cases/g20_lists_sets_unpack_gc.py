# Theme: list and set ops, starred/nested unpacking, try/finally with return,
# gc.get_referents, gc.is_tracked and sys.getrefcount.
import gc
import sys


class E:
    pass


a, b = E(), E()
lst = [a, b, a]  # ?rc a b
lst.insert(0, b)  # ?rc b
lst.extend(lst)  # ?rc a b lst
lst.sort(key=id)  # ?rc a b
lst.reverse()  # ?rc a
top = lst.pop()  # ?rc top
dup = lst * 2  # ?rc a dup
del dup  # ?rc a
s = {a, b}  # ?rc a b
s2 = s | {a}  # ?rc a
s &= {b}  # ?rc a b
del s2  # ?rc a
first, *middle, last = lst  # ?rc middle
(x, (y, z)), w = (a, (b, a)), b  # ?rc a b
print(sys.getrefcount(a))


def tricky(obj):
    try:
        held = obj
        return [held]
    finally:
        fin = obj  # ?rc obj


out = tricky(a)  # ?rc a out
refs = gc.get_referents(out)  # ?rc a refs
print(gc.is_tracked(out), gc.is_tracked((1.5, 2.5)))
del refs  # ?rc a
print(sys.getrefcount(lst))
