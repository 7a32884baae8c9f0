# __dict__ and __weakref__ named in __slots__: their descriptors hold the class, unless a base has them
class W:
    __slots__ = ("__weakref__",)
z = 1.5  # ?rc W
class D:
    __slots__ = ("a", "__dict__")
z = 1.5  # ?rc D
class E(D):
    __slots__ = ("__weakref__", "b")
z = 1.5  # ?rc E D
class F:
    __slots__ = ()
class G(F):
    __slots__ = ("__weakref__",)
z = 1.5  # ?rc G F
import weakref
w = W()
r = weakref.ref(w)  # ?rc w
d = D()
d.x = [1.5]
z = 1.5  # ?rc d D
