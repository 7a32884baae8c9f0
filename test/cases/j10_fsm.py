# State machine with enum-like class constants and a transition table.
import gc
import sys


class State:
    IDLE = "state: idle"
    RUNNING = "state: running"
    PAUSED = "state: paused"
    DONE = "state: done"


class Event:
    START = "event: start"
    PAUSE = "event: pause"
    RESUME = "event: resume"
    FINISH = "event: finish"


TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
}


class Machine:
    def __init__(self, table: dict):
        self.table = table
        self.state = State.IDLE
        self.history = []
        self.listeners = []
    def fire(self, event: str) -> str:
        key = (self.state, event)
        if key not in self.table:
            raise KeyError(f"bad transition {key}")
        new = self.table[key]
        self.history.append((self.state, event, new))
        self.state = new
        for fn in self.listeners:
            fn(self, new)
        return new


seen = []


def on_change(machine, new):
    seen.append(new)


gc.collect()
m = Machine(TRANSITIONS)  # ?rc m TRANSITIONS
m.listeners.append(on_change)  # ?rc on_change
s1 = m.fire(Event.START)  # ?rc m
s2 = m.fire(Event.PAUSE)  # ?rc m
s3 = m.fire(Event.RESUME)
hist = m.history  # ?rc hist m
step = hist[0]  # ?rc step
try:
    m.fire(Event.START)
except KeyError as exc:
    err = exc  # ?rc err
del err
s4 = m.fire(Event.FINISH)
table = m.table  # ?rc table TRANSITIONS
seen_copy = list(seen)  # ?rc seen seen_copy
m2 = Machine(TRANSITIONS)  # ?rc m2 TRANSITIONS
m2.listeners.append(lambda mm, new: mm.history.append(("note", new)))
m2.fire(Event.START)  # ?rc m2
del m2
print(gc.collect())
del hist, step
del m  # ?rc TRANSITIONS
print(gc.collect())
print(sys.getrefcount(TRANSITIONS))
import enum


class Light(enum.Enum):
    RED = "stop now!"
    GREEN = "go ahead!"


red = Light.RED  # ?rc red
val = red.value  # ?rc val
again = Light("stop now!")  # ?rc again red
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    state: str = State.IDLE
    def __post_init__(self):
        self.tags = [self.name]  # ?rc self


job = Job("nightly build!")  # ?rc job
