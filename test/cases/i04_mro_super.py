# Theme: multiple inheritance and super() chains, with __init__ defaults and
# keyword arguments. Default values live in __defaults__/__kwdefaults__.

DEFAULT = [0.25]  # ?rc DEFAULT


class A:
    def __init__(self, val, tags=DEFAULT, *, weight=2.5):
        self.a = val  # ?rc val tags
        self.tags = tags
        self.weight = weight


class B(A):
    def __init__(self, val, **kw):
        super().__init__(val, **kw)
        self.b = val


class C(A):
    def __init__(self, val, **kw):
        super().__init__(val, **kw)
        self.c = val


class D(B, C):
    def __init__(self, val, tags=DEFAULT):
        super().__init__(val, tags=tags)  # ?rc val self
        self.d = val


payload = [0.5]  # ?rc payload
a = A  # ?rc A B C D
obj = D(payload)  # ?rc payload obj D DEFAULT
mro = D.__mro__  # ?rc mro A
b2 = B(payload, weight=7.5)  # ?rc payload B
w = b2.weight  # ?rc w
i1 = A(payload, payload)  # ?rc payload DEFAULT
dw = i1.weight  # ?rc dw
defs = A.__init__.__defaults__  # ?rc defs
kw = A.__init__.__kwdefaults__  # ?rc kw
del a  # ?rc A
del obj  # ?rc payload D DEFAULT
del b2  # ?rc payload w
del mro, i1  # ?rc A payload
