# Text-adventure state machine: rooms, items, a player and a command parser.
import gc


class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight


class Room:
    def __init__(self, title, description):
        self.title = title
        self.description = description
        self.exits = {}
        self.items = []  # ?rc self

    def connect(self, direction, other):
        self.exits[direction] = other
        back = {"north": "south", "south": "north", "east": "west", "west": "east"}[direction]
        other.exits[back] = self  # ?rc other

    def take(self, name):
        for item in self.items:
            if item.name == name:
                self.items.remove(item)  # ?rc item
                return item
        return None


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.history = []  # ?rc start

    def move(self, direction):
        target = self.room.exits.get(direction)
        if target is None:
            return False
        self.history.append(self.room)
        self.room = target  # ?rc target
        return True

    def pick(self, name):
        item = self.room.take(name)
        if item is not None:
            self.inventory.append(item)  # ?rc item
        return item


def parse(line):
    words = line.strip().lower().split()  # ?rc words
    if not words:
        return ("noop", None)
    verb = words[0]
    rest = " ".join(words[1:]) if len(words) > 1 else None
    return (verb, rest)


def run(player, script):
    log = []
    for line in script:
        verb, arg = parse(line)
        if verb == "go":
            ok = player.move(arg)
            log.append(("go", arg, ok))
        elif verb == "take":
            got = player.pick(arg)
            log.append(("take", arg, got is not None))
    return log


hall = Room("Great Hall", "A vast hall with banners.")  # ?rc hall
kitchen = Room("Kitchen", "Smells of old bread.")
cellar = Room("Cellar", "Dark and damp.")  # ?rc cellar
hall.connect("north", kitchen)  # ?rc hall kitchen
kitchen.connect("east", cellar)  # ?rc kitchen cellar
lamp = Item("brass lamp", 2.5)  # ?rc lamp
key = Item("rusty key", 0.25)
kitchen.items.append(lamp)  # ?rc lamp
cellar.items.extend([key])  # ?rc key
hero = Player(hall)  # ?rc hero hall
script = ["go north", "take brass lamp", "go east", "take rusty key", "go west", "go up"]
log = run(hero, script)  # ?rc log hero
inv = hero.inventory  # ?rc inv lamp key
trail = list(hero.history)  # ?rc trail hall kitchen
print(len(log), [i.name for i in inv], hero.room.title)
del trail  # ?rc hall kitchen
weights = [i.weight for i in inv]  # ?rc weights
total = sum(weights) * 1.5  # ?rc total
del hero, inv  # ?rc lamp key
n = gc.collect()
del hall, kitchen, cellar
n = gc.collect()
print(n, total)
del lamp, key
n = gc.collect()
