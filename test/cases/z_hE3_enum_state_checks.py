# Enum members as states: `is not None`, truth tests and dict lookups of the next state
import sys
from enum import Enum, IntEnum, Flag, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    def label(self):
        return self.name.lower()


class Level(IntEnum):
    OFF = 0
    LOW = 1


class Perm(Flag):
    R = 1
    W = 2


TRANSITIONS = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}  # ?rc TRANSITIONS


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def step(self):
        nxt = TRANSITIONS.get(self.state)
        if nxt is not None:
            self.log.append((self.state, nxt))
            self.state = nxt
        return nxt


m = Machine()  # ?rc m
s1 = m.step()  # ?rc s1
s2 = m.step()  # ?rc s2
s3 = m.step()  # ?rc s3
log = m.log  # ?rc log
entry = log[0]  # ?rc entry
print(sys.getrefcount(State.RUNNING))
cur = m.state  # ?rc cur
if cur:
    seen = [cur]  # ?rc seen cur
off = Level.OFF  # ?rc off
if off:
    lvl = [off]
else:
    lvl = [off, off]  # ?rc lvl off
none_perm = Perm.R & Perm.W  # ?rc none_perm
flags = [p for p in (Perm.R, none_perm, Perm.W) if p]  # ?rc flags
waiting = None if cur is None else cur  # ?rc waiting
