# Application: a text-adventure state machine. Rooms link to each other in
# both directions (cycles), the player holds the current room, and the world
# is deleted at the end so the garbage collector has to reclaim it.
import gc
import sys


class Room:
    def __init__(self, title, description):
        self.title = title
        self.description = description
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.history = [start]

    def go(self, direction):
        nxt = self.room.exits.get(direction)
        if nxt is None:
            return False
        self.room = nxt
        self.history.append(nxt)  # ?rc nxt
        return True

    def pick(self, name):
        for item in self.room.items:
            if item[0] == name:
                self.room.items.remove(item)
                self.inventory.append(item)  # ?rc item
                return item
        return None


class World:
    def __init__(self):
        self.rooms = {}

    def add(self, key, title, desc):
        room = Room(title, desc)
        self.rooms[key] = room
        return room


world = World()  # ?rc world
hall = world.add("hall", "Great Hall", "A draughty hall.")  # ?rc hall
cellar = world.add("cellar", "Cellar", "Damp and dark.")  # ?rc cellar
tower = world.add("tower", "Tower", "Windy up here.")  # ?rc tower
hall.connect("down", cellar, "up")  # ?rc hall cellar
hall.connect("up", tower, "down")  # ?rc hall tower
lamp = ("lamp", 3.5)  # ?rc lamp
cellar.items.append(lamp)  # ?rc lamp
hero = Player(hall)  # ?rc hero hall
hero.go("down")  # ?rc cellar
got = hero.pick("lamp")  # ?rc got lamp
hero.go("up")
hero.go("up")  # ?rc tower hall
state = {"room": hero.room.title, "steps": len(hero.history)}  # ?rc state
del lamp, got
del hall, cellar, tower  # ?rc world
print(gc.collect())
hero.room = None
hero.history.clear()
print(sys.getrefcount(world))
del world
print(gc.collect())
del hero
print(gc.collect())
