# A tiny game loop: entities in a world list, components in dicts, removal and respawn.
class Entity:
    next_id = 0

    def __init__(self, kind, pos):
        Entity.next_id += 1
        self.ident = Entity.next_id
        self.kind = kind
        self.pos = pos
        self.components = {}


class World:
    def __init__(self):
        self.entities = []
        self.by_kind = {}

    def spawn(self, kind, pos):
        e = Entity(kind, pos)
        self.entities.append(e)
        self.by_kind.setdefault(kind, []).append(e)  # ?rc e
        return e

    def remove(self, e):
        self.entities.remove(e)
        self.by_kind[e.kind].remove(e)  # ?rc e


world = World()  # ?rc world
origin = (0.5, 0.5)  # ?rc origin
hero = world.spawn("hero", origin)  # ?rc hero origin
for i in range(3):
    world.spawn("orc", (float(i), 1.5))
orcs = world.by_kind["orc"]  # ?rc orcs
target = orcs[1]  # ?rc target
world.remove(target)  # ?rc target
hero.components["target"] = target  # ?rc target hero
count = len(world.entities)  # ?rc world
del target  # ?rc orcs
hero.components.clear()  # ?rc hero
