# Theme: a text-adventure room graph. Rooms link to each other both ways
# (exits dict), items move between rooms and the player's bag, and when
# the level is unloaded the room graph is a garbage cycle.
import gc
from sys import getrefcount


class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight


class Room:
    def __init__(self, title):
        self.title = title
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back):
        self.exits[direction] = other  # ?rc self other
        other.exits[back] = self  # ?rc self other

    def describe(self):
        names = ", ".join(sorted(i.name for i in self.items)) or "nothing"
        return f"{self.title}: you see {names}"


class Player:
    def __init__(self, start):
        self.room = start
        self.bag = []

    def go(self, direction):
        nxt = self.room.exits.get(direction)  # ?rc nxt
        if nxt is not None:
            self.room = nxt
        return nxt

    def take(self, name):
        here = self.room.items
        for i, item in enumerate(here):
            if item.name == name:
                taken = here.pop(i)  # ?rc taken
                self.bag.append(taken)  # ?rc taken
                return taken
        return None


def build_level():
    hall = Room("Great Hall")
    cellar = Room("Damp Cellar")
    tower = Room("North Tower")
    hall.connect("down", cellar, "up")  # ?rc hall cellar
    hall.connect("north", tower, "south")  # ?rc hall tower
    cellar.items.append(Item("lamp", 1.5))
    tower.items.extend([Item("sword", 4.25), Item("map", 0.1)])
    rooms = {"hall": hall, "cellar": cellar, "tower": tower}  # ?rc rooms hall
    return rooms


gc.collect()
level = build_level()  # ?rc level
start = level["hall"]  # ?rc start
hero = Player(start)  # ?rc hero start
print(start.describe())
down = hero.go("down")  # ?rc down start
lamp = hero.take("lamp")  # ?rc lamp
print(down.describe())
hero.go("up")  # ?rc down
tower = hero.go("north")  # ?rc tower
sword = hero.take("sword")  # ?rc sword tower
bag = hero.bag  # ?rc bag lamp sword
heavy = [i for i in bag if i.weight > 2.0]  # ?rc heavy sword
total = sum(i.weight for i in bag)  # ?rc total
print(f"carrying {total:.2f}", getrefcount(lamp))
del heavy  # ?rc sword

# unload the level: the rooms still point at each other
del level, start, down, tower  # ?rc hero
hero.room = None  # ?rc hero
print(gc.collect())  # three rooms, their exits dicts and items lists, the map item
print(gc.collect())
keep = bag  # ?rc bag lamp sword
del hero  # ?rc bag
print(gc.collect())
