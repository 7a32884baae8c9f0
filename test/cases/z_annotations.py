# Annotations evaluated at once (3.11-3.13): a def keeps its annotations tuple, a module or class body its __annotations__ dict
class K:
    pass
z = 1.5  # ?rc K
def f(x: K, y: K = None) -> K:
    return x
z = 1.5  # ?rc K
count: K = None  # ?rc K
class H:
    a: K
    b: K = None
    def m(self) -> "K":
        return self
z = 1.5  # ?rc K
h: list[K] = []  # ?rc K
def g(*args: K, **kw: K):
    pass
z = 1.5  # ?rc K
del f
z = 1.5  # ?rc K
def k():
    inner: K = None
    return inner
z = 1.5  # ?rc K
lam = lambda q: q
obj = H()
obj.attr: K = 5
z = 1.5  # ?rc K
def f4(x: K | None = None) -> K | int:
    return x
z2 = 1.5  # ?rc K
u = K | None  # ?rc K
