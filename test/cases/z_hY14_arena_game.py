# Theme: a turn-based arena: entities with __slots__ and properties, a
# subclass calling super().__init__, targets held by attacker objects
# (cycles when two fighters target each other), dead entities filtered out
# with a comprehension, and the arena collected at the end.
import gc
import sys


class Entity:
    __slots__ = ("name", "hp", "target")

    def __init__(self, name, hp):
        self.name = name
        self.hp = hp
        self.target = None

    @property
    def alive(self):
        return self.hp > 0

    def attack(self, damage):
        if self.target is not None:
            self.target.hp -= damage


class Mage(Entity):
    __slots__ = ("spells",)

    def __init__(self, name, hp, spells):
        super().__init__(name, hp)
        self.spells = list(spells)


class Arena:
    def __init__(self):
        self.fighters = []
        self.graveyard = []

    def add(self, fighter):
        self.fighters.append(fighter)
        return fighter

    def sweep(self):
        dead = [f for f in self.fighters if not f.alive]
        self.fighters = [f for f in self.fighters if f.alive]
        self.graveyard.extend(dead)  # ?rc dead
        return len(dead)


arena = Arena()  # ?rc arena
knight = arena.add(Entity("knight", 300))  # ?rc knight
mage = arena.add(Mage("mage", 120, ["fireball", "frost"]))  # ?rc mage
knight.target = mage  # ?rc knight mage
mage.target = knight  # ?rc knight mage
spells = mage.spells  # ?rc spells
for turn in range(3):
    knight.attack(50)
    mage.attack(20)
removed = arena.sweep()  # ?rc mage knight
print(sys.getrefcount(mage))
fallen = arena.graveyard  # ?rc fallen
hp = knight.hp  # ?rc hp
del arena  # ?rc fallen mage
del fallen  # ?rc mage
del knight, mage  # ?rc spells
print(gc.collect())  # knight <-> mage through their targets
