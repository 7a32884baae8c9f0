# Theme: default values: mutable defaults grow across calls, keyword-only
# defaults live in __kwdefaults__, immutable defaults shared by calls.


class Cfg:
    pass


DEFAULT = Cfg()  # ?rc DEFAULT


def register(x, *, into=[], cfg=DEFAULT):
    into.append(x)  # ?rc into cfg
    return into


def scale(x, factor=2.5, extra=(1.5, 2.5)):
    f = factor  # ?rc f extra
    return x * f


reg = register(1)  # ?rc reg DEFAULT
reg2 = register(2, cfg=reg)  # ?rc reg
mine = register(3, into=[])  # ?rc mine reg
s = scale(2.0)  # ?rc s
s2 = scale(2.0, 3.5)  # ?rc s2
kw = register.__kwdefaults__  # ?rc kw
del kw  # ?rc DEFAULT
register.__kwdefaults__ = None  # ?rc DEFAULT reg
del register  # ?rc reg
