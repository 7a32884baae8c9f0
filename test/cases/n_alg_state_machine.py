# Theme: a turnstile/vending state machine. Transitions live in a dict of
# bound methods (the machine refers to itself: a cycle), events are matched
# with `match`, and a while/else loop scans an event log for a fault.
import gc
import sys


class Machine:
    def __init__(self, name):
        self.name = name
        self.state = "idle"
        self.credit = 0.0
        self.history = []
        self.handlers = {
            "idle": self.on_idle,
            "paid": self.on_paid,
            "jammed": self.on_jammed,
        }

    def feed(self, event):
        handler = self.handlers[self.state]  # ?rc handler
        new_state = handler(event)
        self.history.append((self.state, event, new_state))
        self.state = new_state

    def on_idle(self, event):
        match event:
            case ("coin", float(amount)) if amount > 0:
                self.credit += amount
                return "paid"
            case ("kick",):
                return "jammed"
            case _:
                return "idle"

    def on_paid(self, event):
        match event:
            case ("push",):
                self.credit -= 0.75
                return "idle"
            case ("coin", amount):
                self.credit += amount
                return "paid"
        return "paid"

    def on_jammed(self, event):
        return "idle" if event == ("service",) else "jammed"


gc.collect()
m = Machine("north gate")  # ?rc m
events = [("coin", 0.5), ("coin", 0.75), ("push",), ("kick",), ("push",), ("service",)]
for ev in events:
    m.feed(ev)  # ?rc ev m
log = m.history  # ?rc log m
i = 0
while i < len(log):
    before, ev, after = log[i]  # ?rc ev
    if after == "jammed":
        fault = log[i]  # ?rc fault
        break
    i += 1
else:
    fault = None
credit = m.credit  # ?rc credit
line = "%s: %d events, credit %.2f, fault at %r" % (m.name, len(log), credit, fault)  # ?rc line
counts = {}
for _, _, st in log:
    counts[st] = counts.get(st, 0) + 1  # ?rc counts
print(line, counts, sys.getrefcount(m))
del log, fault, ev  # ?rc m
del m
print(gc.collect())  # machine, handlers dict, 3 bound methods, history list, 6 tuples
