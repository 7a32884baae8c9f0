# An Enum member's value is its _value_ and a key of _value2member_map_:
# known constants keep exact counts through .value, lookups by value, and
# members used as dict keys.
import gc
import sys
from enum import Enum, IntEnum


class Color(Enum):
    RED = "bright red"
    BLUE = 2.5
    BIG = 10 ** 20


class Level(IntEnum):
    LOW = 1000
    HIGH = 2000


red = Color.RED  # ?rc red
val = red.value  # ?rc val
again = Color("bright red")  # ?rc again val
big = Color.BIG.value  # ?rc big
low = Level.LOW  # ?rc low
lv = low.value  # ?rc lv
print(sys.getrefcount(Color.BLUE.value))
table = {m: m.value for m in Color}  # ?rc table val big
del table  # ?rc val big
names = [m.name for m in Level]  # ?rc names
print(gc.collect())
