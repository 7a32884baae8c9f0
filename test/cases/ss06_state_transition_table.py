# Theme: state machine with shared state objects and a transition table keyed
# by (state, event) tuples. The machine holds its current state; each state
# is a module-level singleton referenced by the table and by the machine.
import gc


class State:
    def __init__(self, label):
        self.label = label
        self.entered = 0

    def on_enter(self, machine):
        self.entered += 1
        machine.trail.append(self)


IDLE = State("idle-state")
RUNNING = State("running-state")
PAUSED = State("paused-state")

TABLE = {
    (IDLE, "start"): RUNNING,
    (RUNNING, "pause"): PAUSED,
    (PAUSED, "resume"): RUNNING,
    (RUNNING, "stop"): IDLE,
    (PAUSED, "stop"): IDLE,
}


class Machine:
    def __init__(self):
        self.state = IDLE
        self.trail = []

    def fire(self, event):
        nxt = TABLE[(self.state, event)]  # ?rc nxt
        self.state = nxt
        nxt.on_enter(self)


m = Machine()  # ?rc IDLE
for ev in ("start", "pause", "resume", "stop"):
    m.fire(ev)
trail = m.trail  # ?rc trail IDLE RUNNING PAUSED
cur = m.state  # ?rc cur
keys = list(TABLE)  # ?rc keys RUNNING
k0 = keys[0]  # ?rc k0
del keys  # ?rc k0 RUNNING
del TABLE[k0]  # ?rc k0 IDLE
del m  # ?rc trail RUNNING
trail.clear()  # ?rc RUNNING PAUSED
del trail, cur, k0  # ?rc IDLE
print(gc.collect())
