# Enum members: held by the class dict, _member_map_ and _value2member_map_; lookups by value and name; iteration
import enum
import gc


class Level(enum.Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    def describe(self):
        text = self.name.lower()  # ?rc self
        return text

    @property
    def loud(self):
        return self.value >= 2


class Mode(enum.Enum):
    READ = enum.auto()
    WRITE = enum.auto()


class Code(enum.IntEnum):
    OK = 200
    MISSING = 404


class Tag(enum.Enum):
    RED = "red"
    CRIMSON = "red"
    BLUE = "blue"


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


low = Level.LOW  # ?rc low
again = Level(1)  # ?rc again low
by_name = Level["HIGH"]  # ?rc by_name
names = [m.name for m in Level]  # ?rc names low
members = list(Level)  # ?rc members low
table = {lv: lv.value * 10 for lv in Level}  # ?rc table low
ten = table[low]  # ?rc ten low
words = low.describe()  # ?rc words low
loud = Level.MID.loud  # ?rc loud
mode = Mode.WRITE  # ?rc mode
modes = {m: [] for m in Mode}  # ?rc modes mode
modes[mode].append("x")  # ?rc mode
ok = Code.OK  # ?rc ok
counts = {Code.OK: 0, Code.MISSING: 0}  # ?rc counts ok
counts[200] += 1  # ?rc counts ok
red = Tag.RED  # ?rc red
crimson = Tag.CRIMSON  # ?rc crimson red
rw = Perm.R | Perm.W  # ?rc rw
flags = list(Perm)  # ?rc flags
try:
    Level(7)
except ValueError as exc:
    err = exc  # ?rc err
del err


def pick(level):
    match level:
        case Level.LOW:
            result = "calm"
        case Level.HIGH:
            result = "alarm"
        case _:
            result = "meh"
    done = result  # ?rc level
    return done


picked = [pick(lv) for lv in Level]  # ?rc picked low
del members, table, names  # ?rc low
print(gc.collect())


@enum.unique
class Signal(enum.Enum):
    STOP = "stop now!"
    GO = "go ahead!"


stop = Signal.STOP  # ?rc stop
same_stop = Signal("stop now!")  # ?rc same_stop stop
members_view = Signal.__members__  # ?rc stop
