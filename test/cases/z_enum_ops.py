# Theme: enum operators: IntEnum arithmetic gives plain new ints; Flag | makes a
# pseudo-member once per combination and caches it (the same object the next time).
from enum import Flag, IntEnum, IntFlag, auto

class Level(IntEnum):
    LOW = 1000
    HIGH = 3000

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

class Mode(Flag):
    R = 1
    W = 2
    RW = 3
    X = 8

class Bits(IntFlag):
    ONE = 1
    BIG = 4096

high = Level.HIGH  # ?rc high
up = high + 1  # ?rc up high
down = 5000 - high  # ?rc down high
ratio = high / 2  # ?rc ratio
gap = Level.HIGH - Level.LOW  # ?rc gap high
rw = Perm.READ | Perm.WRITE  # ?rc rw
rw2 = Perm.WRITE | Perm.READ  # ?rc rw rw2
allp = rw | Perm.EXEC  # ?rc allp rw
same = Perm.READ | Perm.READ  # ?rc same
both = Mode.R | Mode.W  # ?rc both
rx = Mode.R | Mode.X  # ?rc rx
big = Bits.BIG + 1  # ?rc big
del rw, rw2, allp, rx  # ?rc both same high
again = Perm.READ | Perm.WRITE  # ?rc again
