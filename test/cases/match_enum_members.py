# Enum members as match subjects and value patterns: the enum metaclass makes
# each class attribute a member object, which equals only itself (a plain
# Enum) or compares like its value (IntEnum).
import enum
from enum import IntEnum


class State(enum.Enum):
    IDLE = 1.5
    BUSY = [2]

    def describe(self):
        return self.name


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Task:
    pass


t = Task()
s = State.BUSY  # ?rc s
keep = [s]  # ?rc s

match s:
    case State.IDLE:
        a = [t]  # ?rc t
    case State.BUSY:
        b = [t, t]  # ?rc t b

match s:
    case [2]:
        e = t
    case 2:
        e = t
    case _:
        f = [t]  # ?rc t f

lv = Level.HIGH
match lv:
    case 2:
        c = [t]
    case _:
        d = t
