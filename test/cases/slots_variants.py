# Theme: __slots__ with and without __dict__/__weakref__, and a subclass of
# a slotted class that has no __slots__ (it gets a dict and weakrefs back).
import gc
import weakref


class Tight:
    __slots__ = ("a",)


class Loose:
    __slots__ = ("a", "__dict__", "__weakref__")


class Sub(Tight):
    pass


val = 1.25 * 4  # ?rc val
t = Tight()
t.a = val  # ?rc val t
lo = Loose()
lo.a = val
lo.b = val  # ?rc val lo
w = weakref.ref(lo)  # ?rc lo w
s = Sub()
s.a = val
s.extra = val  # ?rc val s
ws = weakref.ref(s)  # ?rc s ws
del t, lo, s  # ?rc val
gone = w()  # ?rc w
t1, t2 = Tight(), Tight()
t1.a, t2.a = t2, t1  # ?rc t1 t2
del t1, t2
print(gc.collect())  # two slotted instances
s1 = Sub()
s1.a = s1
s1.b = s1  # ?rc s1
del s1
print(gc.collect())  # one instance
