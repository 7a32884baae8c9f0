# Application-style: a game entity system. Slotted vectors with operator
# overloading, a mixin hierarchy using cooperative super().__init__, scene
# nodes with parent <-> children cycles, and a despawn that needs the GC.
import gc
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    __hash__ = None


class Named:
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name


class Movable:
    def __init__(self, pos, vel, **kw):
        super().__init__(**kw)
        self.pos = pos  # ?rc pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos + self.vel * dt  # ?rc self


class Node:
    def __init__(self, **kw):
        super().__init__(**kw)
        self.parent = None
        self.children = []

    def attach(self, child):
        child.parent = self
        self.children.append(child)  # ?rc child


class Entity(Named, Movable, Node):
    pass


origin = Vec(0.0, 0.0)  # ?rc origin
ship = Entity(name="ship", pos=origin, vel=Vec(1.5, 0.5))  # ?rc ship origin
for i in range(3):
    drone = Entity(name="drone", pos=Vec(i * 1.0, 2.0), vel=Vec(0.0, -0.5))
    ship.attach(drone)  # ?rc drone ship
for _ in range(2):
    ship.step(0.5)
now = ship.pos  # ?rc now origin
same = now == Vec(1.5, 0.5)
wing = ship.children[1]  # ?rc wing
print(sys.getrefcount(ship), same)
del drone, wing  # ?rc ship
del ship
print(gc.collect())  # ship + 3 drones + children list ... all cyclic
