# Theme: __slots__ classes in a small hierarchy: a subclass adding slots, a
# __weakref__ slot, and slot defaults held on the class via a class attribute.
import weakref


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        out = Vec(self.x * k, self.y * k)  # ?rc out
        return out


class Tagged(Vec):
    __slots__ = ("tag", "__weakref__")

    def __init__(self, x, y, tag):
        super().__init__(x, y)
        self.tag = tag  # ?rc tag self


x0 = 0.5 * 3  # ?rc x0
tag = ["origin tag"]  # ?rc tag
v = Vec(x0, x0)  # ?rc v x0
w = v.scaled(2.0)  # ?rc w
t = Tagged(x0, 2.5 * 2, tag)  # ?rc t x0 tag
ref = weakref.ref(t)  # ?rc ref t
same = ref()  # ?rc same t
t.tag = None  # ?rc tag
t.x = w  # ?rc w x0
del same  # ?rc t
del t  # ?rc w x0
vs = [Vec(x0, x0) for _ in range(4)]  # ?rc vs x0
vs[1:3] = []  # ?rc x0
del vs  # ?rc x0
