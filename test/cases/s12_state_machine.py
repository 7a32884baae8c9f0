# Theme: a state machine for a vending machine. States map to handler
# methods through a dict built in __init__ (bound methods stored on the
# instance: a cycle), events are (name, data) tuples, and a transition
# log keeps history.
import gc


class VendingMachine:
    PRICES = {"cola": 1.5, "chips": 0.75 + 0.25}

    def __init__(self):
        self.state = "idle"
        self.credit = 0.0
        self.log = []
        self.handlers = {
            "idle": self.on_idle,
            "paying": self.on_paying,
            "vending": self.on_vending,
        }  # ?rc self

    def transition(self, new_state, reason):
        entry = (self.state, new_state, reason)  # ?rc entry
        self.log.append(entry)  # ?rc entry
        self.state = new_state

    def on_idle(self, event, data):
        if event == "coin":
            self.credit += data
            self.transition("paying", f"coin {data:.2f}")
        return self.state

    def on_paying(self, event, data):
        if event == "coin":
            self.credit += data
        elif event == "select":
            price = self.PRICES[data]  # ?rc price
            if self.credit >= price:
                self.credit -= price
                self.transition("vending", data)
            else:
                self.log.append(("paying", "paying", "not enough"))
        elif event == "cancel":
            self.credit = 0.0
            self.transition("idle", "refund")
        return self.state

    def on_vending(self, event, data):
        if event == "take":
            self.transition("idle", "done")
        return self.state

    def feed(self, event, data=None):
        handler = self.handlers[self.state]  # ?rc handler
        return handler(event, data)


vm = VendingMachine()  # ?rc vm
handlers = vm.handlers  # ?rc handlers vm
events = [("coin", 1.0), ("select", "cola"), ("coin", 0.5),
          ("select", "cola"), ("take", None), ("coin", 2.0),
          ("select", "chips"), ("take", None)]  # ?rc events
states = []
for ev, data in events:
    states.append(vm.feed(ev, data))  # ?rc vm
print(states)
log = vm.log  # ?rc log
last = log[-1]  # ?rc last
credit = vm.credit  # ?rc credit
print(f"credit left {credit:.2f}")
summary = {s: sum(1 for e in log if e[1] == s) for s in ("idle", "paying", "vending")}  # ?rc summary
idle_handler = handlers["idle"]  # ?rc idle_handler vm
del handlers, log  # ?rc vm
del vm  # alive through idle_handler
print(gc.collect())
del idle_handler  # the machine and its handler dict are a cycle now
print(gc.collect())  # machine, handlers dict, three bound methods, log, ...
print(gc.collect())
del last  # ?rc events
