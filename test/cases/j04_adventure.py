# Text adventure: rooms linking to each other (cycles).
import gc
import sys


class Item:
    def __init__(self, name: str):
        self.name = name


class Room:
    def __init__(self, title: str):
        self.title = title
        self.exits = {}
        self.items = []
    def connect(self, direction: str, other: "Room", back: str) -> None:
        self.exits[direction] = other
        other.exits[back] = self  # ?rc self other
    def __repr__(self):
        return f"Room({self.title})"


class Player:
    def __init__(self, start: Room):
        self.location = start
        self.inventory = []
    def go(self, direction: str) -> Room:
        nxt = self.location.exits[direction]
        self.location = nxt  # ?rc nxt
        return nxt
    def take(self, item: Item) -> None:
        self.location.items.remove(item)
        self.inventory.append(item)  # ?rc item


gc.collect()
hall = Room("Great Hall")  # ?rc hall
cellar = Room("Dark Cellar")  # ?rc cellar
tower = Room("Tall Tower")
hall.connect("down", cellar, "up")  # ?rc hall cellar
hall.connect("north", tower, "south")  # ?rc hall tower
lamp = Item("brass lamp")  # ?rc lamp
cellar.items.append(lamp)  # ?rc lamp
player = Player(hall)  # ?rc player hall
here = player.go("down")  # ?rc here cellar hall
player.take(lamp)  # ?rc lamp
here = player.go("up")  # ?rc here hall cellar
rooms = [hall, cellar, tower]  # ?rc rooms hall
names = [r.title for r in rooms]  # ?rc names
del rooms, here  # ?rc hall
print(sys.getrefcount(cellar))
del hall, cellar, tower  # ?rc player
print(gc.collect())
del player
print(gc.collect())  # three rooms, their dicts and lists, player, inventory
print(sys.getrefcount(lamp))


class Key:
    __slots__ = ("name", "opens")
    def __init__(self, name, opens):
        self.name = name
        self.opens = opens

    @classmethod
    def for_room(cls, room):
        return cls(f"key to {room.title}", room)

    @staticmethod
    def describe(k):
        return f"{k.name}!"


vault = Room("Locked Vault")  # ?rc vault
key = Key.for_room(vault)  # ?rc key vault
desc = Key.describe(key)  # ?rc desc key
vault.items.append(key)  # ?rc key vault
del key  # ?rc vault
del vault
print(gc.collect())
from typing import Generic, TypeVar, NamedTuple

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list = []
    def push(self, item: T) -> None:
        self.items.append(item)  # ?rc item


class Pos(NamedTuple):
    x: float
    y: float


trail = Stack[Room]()  # ?rc trail
trail.push(lamp)  # ?rc lamp
pos = Pos(1.5 * 2, 2.5 * 2)  # ?rc pos
