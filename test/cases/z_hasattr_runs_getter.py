# hasattr(obj, name) is getattr with the result dropped: property getters, descriptors'
# __get__, __getattr__ and __getattribute__ run; AttributeError is False, others propagate.
kept = []
class Desc:
    def __get__(self, obj, owner=None):
        kept.append(obj)
        return [obj]
class Thing:
    d = Desc()
    @property
    def p(self):
        kept.append(self)
        return 1
    @property
    def missing(self):
        raise AttributeError("missing")
    @property
    def broken(self):
        raise ValueError("broken")
    def __getattr__(self, name):
        kept.append(name)
        if name.startswith("x"):
            return name
        raise AttributeError(name)
t = Thing()
a = hasattr(t, "p")  # ?rc t a
b = hasattr(t, "d")  # ?rc t b
c = hasattr(t, "missing")  # ?rc t c
n = hasattr(t, "xyz")  # ?rc n
m = hasattr(t, "nope")  # ?rc m
try:
    hasattr(t, "broken")
except ValueError as e:
    err = e  # ?rc t
class Watch:
    def __getattribute__(self, name):
        kept.append(self)
        return object.__getattribute__(self, name)
w = Watch()
w.v = 1
h = hasattr(w, "v")  # ?rc w h
kept.clear()
print(a, b, c, n, m, h)  # ?rc t w
