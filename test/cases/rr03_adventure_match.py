# Theme: a tiny text adventure: commands parsed with str.split and dispatched
# with match/case, items moving between rooms and the player's bag, rooms
# linked in a dict (cycle), and the world torn down at the end.
import gc


class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight


class Room:
    def __init__(self, title):
        self.title = title
        self.items = {}
        self.exits = {}


class Game:
    def __init__(self, start):
        self.here = start
        self.bag = {}
        self.log = []

    def do(self, line):
        match line.split():
            case ["take", name]:
                item = self.here.items.pop(name)  # ?rc item
                self.bag[name] = item
            case ["drop", name]:
                item = self.bag.pop(name)
                self.here.items[name] = item  # ?rc item
            case ["go", way]:
                self.here = self.here.exits[way]
            case _:
                self.log.append(f"unknown command: {line}")


gc.collect()
porch = Room("Front porch")  # ?rc porch
attic = Room("Dusty attic")
porch.exits["up"] = attic
attic.exits["down"] = porch  # ?rc porch attic
key = Item("brass-key", 0.25)  # ?rc key
rope = Item("rope", 2.5)
porch.items["brass-key"] = key
attic.items["rope"] = rope  # ?rc rope
game = Game(porch)  # ?rc porch
for cmd in ["take brass-key", "go up", "take rope", "drop brass-key", "dance wildly"]:
    game.do(cmd)
print(game.here.title)  # ?rc porch attic key rope
heavy = max(game.bag.values(), key=lambda it: it.weight)  # ?rc heavy
del heavy
game.do("go down")  # ?rc attic
log = game.log  # ?rc log
del game  # ?rc rope porch
del porch, attic
print(gc.collect())  # ?rc key rope
