# An AttributeError out of the generic attribute lookup (a property's getter, a descriptor's
# __get__, the class's own __getattribute__) is cleared and the class's __getattr__ asked.
kept = []
class P:
    @property
    def p(self):
        kept.append(self)
        raise AttributeError("p")
    def __getattr__(self, name):
        kept.append(name)
        return name
o = P()
v = o.p  # ?rc o v
class Q:
    def __getattribute__(self, name):
        kept.append(self)
        if name == "x":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        kept.append(self)
        return 1
q = Q()
w = q.x  # ?rc q
z = getattr(q, "x")  # ?rc q
class D:
    def __set__(self, obj, v):
        kept.append(obj)
    def __get__(self, obj, t=None):
        return 5
class R:
    d = D()
r = R()
r.d = 1  # ?rc r
setattr(r, "d", 2)  # ?rc r
r.__dict__["d"] = 3
u = r.d  # ?rc r u
print(len(kept))  # ?rc o q r
kept.clear()
print(len(kept))  # ?rc o q r
