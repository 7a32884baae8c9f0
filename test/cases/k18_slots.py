# __slots__ classes: no per-instance dict, optional __weakref__ slot; slotted
# cycles are still collected; mixing slots with a regular subclass.
import gc
import weakref


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


class Particle:
    __slots__ = ("pos", "vel", "world", "__weakref__")

    def __init__(self, pos, vel, world):
        self.pos = pos
        self.vel = vel
        self.world = world

    def step(self):
        self.pos = self.pos + self.vel  # ?rc self


class World:
    def __init__(self):
        self.particles = []

    def spawn(self, x, y):
        p = Particle(Vec(x, y), Vec(0.5, 0.25), self)  # ?rc p
        self.particles.append(p)  # ?rc p
        return p


class TaggedVec(Vec):
    pass


gc.collect()
v = Vec(1.5, 2.5)  # ?rc v
w = Vec(0.5, 0.5)  # ?rc w
s = v + w  # ?rc v w s
vx = s.x  # ?rc vx
world = World()  # ?rc world
pa = world.spawn(0.0, 1.0)  # ?rc pa world
pos0 = pa.pos  # ?rc pos0
pa.step()  # ?rc pa pos0
wr = weakref.ref(pa)  # ?rc pa wr
del pa, pos0
del world
print(gc.collect())  # world, list, particle (+ 2 Vecs are untracked? no: slotted instances are tracked)
dead = wr()  # ?rc wr

tv = TaggedVec(3.5, 4.5)  # ?rc tv
tv.label = "has a dict now"  # ?rc tv
tv.me = tv  # ?rc tv
del tv
print(gc.collect())


def simulate(n):
    wd = World()
    for i in range(n):
        wd.spawn(i * 1.0, 0.0)
    for part in wd.particles:
        part.step()  # ?rc part
    return len(wd.particles)


simulate(3)
print(gc.collect())
