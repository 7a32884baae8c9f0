# __slots__ in a small geometry module: a slotted base, a subclass adding a
# slot, and a subclass that re-enables __dict__ and __weakref__. Slot values
# are plain references from the instance.
import gc
import weakref


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        out = Vec(self.x * k, self.y * k)  # ?rc out
        return out


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z  # ?rc z self


class Tagged(Vec):
    __slots__ = ("__dict__", "__weakref__")


scale = 2.5 * 1.5  # ?rc scale
v = Vec(scale, scale)  # ?rc v scale
w = v.scaled(2.0)  # ?rc w
depth = -7.25 * 2  # ?rc depth
v3 = Vec3(scale, 1.5, depth)  # ?rc v3 depth scale
t = Tagged(scale, depth)  # ?rc t scale depth
t.note = ["extra", "info"]
note = t.note  # ?rc note
ref = weakref.ref(t)  # ?rc ref t
path = [Vec(float(i), scale) for i in range(4)]  # ?rc path scale
v.x = depth  # ?rc scale depth
path.pop()  # ?rc scale
for p in path:
    p.y = depth  # ?rc p depth
del p
try:
    v3.colour = "blue"
except AttributeError as exc:
    problem = exc  # ?rc problem v3
del problem
del path  # ?rc scale depth
t.loop = t
del t  # ?rc note
print(gc.collect())
alive = ref()  # ?rc note
