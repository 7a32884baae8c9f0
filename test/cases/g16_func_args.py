# Theme: function arguments, locals, mutable defaults, *args and **kwargs,
# keyword-only args and recursion holding arguments.
import sys


class Arg:
    pass


DEFAULT = Arg()  # ?rc DEFAULT


def f(a, b=DEFAULT, *rest, key=DEFAULT, **opts):
    n = len(rest)  # ?rc a b key rest opts
    return n


def acc(x, into=[]):
    into.append(x)  # ?rc x into
    return into


def depth(obj, n):
    if n == 0:
        return sys.getrefcount(obj)
    return depth(obj, n - 1)


o = Arg()  # ?rc o
f(o)  # ?rc o DEFAULT
f(o, o, o, o)  # ?rc o
f(o, key=o, extra=o)  # ?rc o DEFAULT
lst = acc(o)  # ?rc o lst
lst2 = acc(o)  # ?rc o lst lst2
print(depth(o, 3))
res = (lambda *xs: xs)(o, o)  # ?rc o res
del res, lst, lst2  # ?rc o
kw = dict(a=o)
f(**kw)  # ?rc o kw


class Svc:
    def run(self, a, b):
        here = b  # ?rc a


pair = (o, o)
Svc().run(*pair)  # ?rc o pair


def keyf(item):
    mine = item  # ?rc item
    return 0.5


best = max([o], key=keyf)  # ?rc o best
