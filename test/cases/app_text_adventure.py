# Theme: text adventure state: rooms linked both ways (cycles), a player
# holding a location and an inventory, items moving between rooms and the
# player, and a save snapshot made with copy.copy.
import copy
import gc
import sys


class Room:
    def __init__(self, title):
        self.title = title
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self  # ?rc self other


class Item:
    pass


class Player:
    def __init__(self, room):
        self.room = room
        self.bag = []

    def go(self, direction):
        nxt = self.room.exits.get(direction)
        if nxt is None:
            return False
        self.room = nxt  # ?rc nxt
        return True

    def take(self):
        while self.room.items:
            thing = self.room.items.pop()  # ?rc thing
            self.bag.append(thing)


gc.collect()
hall, cave = Room("Great Hall"), Room("Dark Cave")  # ?rc hall cave
hall.connect("north", cave, "south")  # ?rc hall cave
lamp = Item()  # ?rc lamp
cave.items.append(lamp)  # ?rc lamp
hero = Player(hall)  # ?rc hero hall
hero.go("north")  # ?rc hall cave
hero.go("up")  # ?rc cave
hero.take()  # ?rc lamp
save = copy.copy(hero)  # ?rc cave save
print(sys.getrefcount(hero.bag))
del save  # ?rc cave
hero.go("south")  # ?rc hall cave
del hero  # ?rc lamp
del hall, cave
print(gc.collect())  # two rooms, their exits dicts and item lists
