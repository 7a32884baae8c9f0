# Theme: access control with enum.Flag permissions, IntEnum levels and
# Enum states stored in dicts, lists and sets; functools.reduce over flags.
import enum
import functools
import gc
import operator
import sys


class Perm(enum.Flag):
    READ = 1
    WRITE = 2
    EXEC = 4


class Level(enum.IntEnum):
    GUEST = 10
    USER = 20
    ADMIN = 30


class State(enum.Enum):
    ACTIVE = "active user"
    LOCKED = "locked user"


class Account:
    def __init__(self, name, level, perms):
        self.name = name
        self.level = level
        self.perms = perms
        self.state = State.ACTIVE


accounts = [
    Account("ann the admin", Level.ADMIN, Perm.READ | Perm.WRITE | Perm.EXEC),
    Account("ugo the user", Level.USER, Perm.READ | Perm.WRITE),
    Account("gil the guest", Level.GUEST, Perm.READ),
]  # ?rc accounts
ann = accounts[0]  # ?rc ann
rw = Perm.READ | Perm.WRITE  # ?rc rw
everything = functools.reduce(operator.or_, [Perm.READ, Perm.WRITE, Perm.EXEC])  # ?rc everything
by_level = {a.level: a for a in accounts}  # ?rc by_level ann
admin = by_level[Level.ADMIN]  # ?rc admin
writers = [a for a in accounts if Perm.WRITE in a.perms]  # ?rc writers ann
levels = sorted({a.level for a in accounts})  # ?rc levels
top = levels[-1]  # ?rc top
state_map = {State.ACTIVE: [], State.LOCKED: []}  # ?rc state_map
for a in accounts:
    state_map[a.state].append(a)  # ?rc a
active = state_map[State.ACTIVE]  # ?rc active
ann.state = State.LOCKED  # ?rc ann
locked_label = State.LOCKED.value  # ?rc locked_label
level_sum = sum(a.level for a in accounts)  # ?rc level_sum
ratio = level_sum / 7  # ?rc ratio
print(sys.getrefcount(ann), sys.getrefcount(rw))
del by_level, writers, admin  # ?rc ann
active.append(active)  # ?rc active
del state_map, active
print(gc.collect())
del accounts, a  # ?rc ann
print(everything, top, ratio)
