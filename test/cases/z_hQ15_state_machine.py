# Theme: a traffic-light / order state machine with enum states, a transition
# table dict keyed by (state, event) tuples, a history list of states and a
# listener list of callbacks that receive the old and new state.
import enum

class State(enum.Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DONE = "done"

TRANSITIONS = {
    (State.NEW, "pay"): State.PAID,
    (State.PAID, "ship"): State.SHIPPED,
    (State.SHIPPED, "deliver"): State.DONE,
}

class Order:
    def __init__(self, ident):
        self.ident = ident
        self.state = State.NEW
        self.history = [self.state]
        self.listeners = []

    def fire(self, event):
        key = (self.state, event)
        new = TRANSITIONS.get(key)
        if new is None:
            return False
        old = self.state
        self.state = new
        self.history.append(new)
        for cb in self.listeners:
            cb(self, old, new)
        return True

log = []
def record(order, old, new):
    log.append((order.ident, old.value, new.value))

order = Order(1000 * 7)  # ?rc order
paid = State.PAID  # ?rc paid
order.listeners.append(record)  # ?rc record
ok = order.fire("pay")  # ?rc paid order
hist = order.history  # ?rc hist
ok = order.fire("ship")  # ?rc paid
bad = order.fire("pay")  # ?rc paid
entry = log[0]  # ?rc entry
ok = order.fire("deliver")  # ?rc paid entry
done = State("done")  # ?rc done
del order  # ?rc hist done
del hist  # ?rc paid done
