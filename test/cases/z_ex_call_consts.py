# ** calls with constant positional arguments: the compiler folds them into one tuple constant
def f1(a, b, **kw):
    x = a  # ?rc x
    return x
def f2(a, b, **kw):
    x = a  # ?rc x
    return x
def f3(a, b, c, **kw):
    x = a  # ?rc x
    return x
def f4(a, **kw):
    x = a  # ?rc x
    return x
class B:
    def __init__(self, name, **kw):
        self.name = name  # ?rc name
    def m(self, a, b, c, **kw):
        x = a  # ?rc x
        return x

opts = {"k": 1}
f1("some text here", 2.5, **opts)
s = "other text!"
f2(s, 1.25, **opts)
f3("three args !", 2.5, 3.5, **opts)
f4("one arg !")
f4("with kw !", k=2)
b = B("a name !", **opts)
b.m("meth args !", 1.5, 2.5, **opts)
def g():
    f1("in g text !", 2.5, **opts)
    f3("in g three !", 2.5, 3.5, **opts)
g()
def f7(a, b, **kw):
    x = a  # ?rc x
    return x
def g7(a, b):
    x = a  # ?rc x
    return x
class M7:
    def m(self, a, b, **kw):
        x = a  # ?rc x
        return x
t = ("not an id!", 2.5 * 2)
f7(*t, **opts)
g7(*t)
M7().m(*t, **opts)
