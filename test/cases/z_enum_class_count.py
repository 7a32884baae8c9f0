# Theme: an enum class's own count. Each member holds the class twice (its
# type and member.__objclass__); aliases are the same member; a Flag whose
# single bits are not ascending keeps a bound _iter_member_ method; looking
# members up adds nothing; a deleted enum class is cyclic garbage.
import gc
import sys
from enum import Enum, Flag, IntEnum, auto


class Color(Enum):
    RED = 1.5
    GREEN = 2.5
    CRIMSON = 1.5

    def describe(self):
        return self.name

    @classmethod
    def default(cls):
        return cls.GREEN


print(sys.getrefcount(Color))
alias = Color.CRIMSON  # ?rc alias
kind = type(Color.RED)  # ?rc kind
back = Color.GREEN.__objclass__  # ?rc back kind
del kind, back
g = Color(2.5)  # ?rc g
h = Color["CRIMSON"]  # ?rc h alias
d = Color.default()  # ?rc d
print(sys.getrefcount(Color), Color.RED.describe())
names = [c.name for c in Color]  # ?rc names
print(sys.getrefcount(Color))


class Perm(Flag):
    EXEC = 4
    WRITE = 2
    READ = 1
    RW = 3


class Bits(Flag):
    A = auto()
    B = auto()


class Level(IntEnum):
    LOW = 10
    HIGH = 20


print(sys.getrefcount(Perm), sys.getrefcount(Bits), sys.getrefcount(Level))


class Shape(str, Enum):
    SQUARE = "a square"
    CIRCLE = "a circle"


print(sys.getrefcount(Shape))
del Shape
print(gc.collect())
