# Theme: Enum members whose values are tuples: the tuple itself is the member's
# _value_ (and a _value2member_map_ key); a custom __init__ gets its items.
# Iterating a Flag value yields its canonical single-bit members.
import enum


class Planet(enum.Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
        self.tags = []


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()


class Pair(enum.Enum):
    LEFT = ("left side!", 1.5)
    RIGHT = ("right side!", 2.5)


earth = Planet.EARTH  # ?rc earth
m = earth.mass  # ?rc m
pair = earth.value  # ?rc pair earth
tags = earth.tags  # ?rc tags
tags.append(earth)  # ?rc earth tags
again = Planet((5.976e24, 6.37814e6))  # ?rc again earth
left = Pair.LEFT  # ?rc left
lv = left.value  # ?rc lv left
found = Pair(("left side!", 1.5))  # ?rc found left
members = list(Pair)  # ?rc left members
del members, found  # ?rc left
del earth, again, m  # ?rc pair tags
read = Perm.READ  # ?rc read
rx = Perm.READ | Perm.EXEC  # ?rc rx read
parts = list(rx)  # ?rc parts read rx
single = list(Perm.WRITE)  # ?rc single
for p in Perm.WRITE | Perm.EXEC:
    print(p)  # ?rc p
del parts, single, p  # ?rc read rx
