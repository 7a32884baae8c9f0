# Theme: a state machine whose states hold the machine and whose transition
# table holds bound methods; gc.callbacks reports how much each collection
# freed, which the program checks against gc.collect()'s return value.
import gc
import sys

reports = []


def on_gc(phase, info):
    if phase == "stop":
        reports.append(info["collected"])  # ?rc info


class State:
    def __init__(self, machine, name):
        self.machine = machine
        self.name = name

    def enter(self):
        self.machine.history.append(self.name)


class Machine:
    def __init__(self, names):
        self.history = []
        self.states = {n: State(self, n) for n in names}
        self.table = {n: s.enter for n, s in self.states.items()}

    def go(self, name):
        self.table[name]()


gc.collect()
gc.callbacks.append(on_gc)
m = Machine(["idle state", "busy state"])  # ?rc m
m.go("busy state")
m.go("idle state")
busy = m.states["busy state"]  # ?rc busy m
print(m.history, sys.getrefcount(busy))
del busy
for round_no in range(2):
    extra = Machine(["only state"])  # ?rc extra
    del extra
    got = gc.collect()
    print(round_no, got, reports[-1])
del m
total = gc.collect()
print(total, reports[-1] == total)
gc.callbacks.remove(on_gc)
print(len(reports), gc.collect(), len(reports))
