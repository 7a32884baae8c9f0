# Theme: a vending machine as a state machine: states are Enum members, the
# handlers are bound methods stored in a dict on the instance (a reference
# cycle), coins go into a list, and products move from slots to a tray.
import enum
import gc


class State(enum.Enum):
    IDLE = 1
    PAID = 2


class Snack:
    def __init__(self, name, price):
        self.name, self.price = name, price


class Machine:
    def __init__(self, stock):
        self.state = State.IDLE
        self.slots = dict(stock)
        self.coins = []
        self.tray = []
        self.handlers = {State.IDLE: self.on_idle, State.PAID: self.on_paid}

    def on_idle(self, coin):
        self.coins.append(coin)
        self.state = State.PAID

    def on_paid(self, code):
        snack = self.slots.pop(code)  # ?rc snack
        if snack.price > sum(self.coins):
            self.slots[code] = snack
            raise ValueError("insufficient funds for " + snack.name)
        self.tray.append(snack)
        self.coins.clear()
        self.state = State.IDLE

    def feed(self, value):
        self.handlers[self.state](value)


gc.collect()
chips = Snack("salted chips", 1.25)  # ?rc chips
bar = Snack("choc bar", 2.5)
vm = Machine([("A1", chips), ("B2", bar)])  # ?rc vm chips
vm.feed(1.5 * 1)  # ?rc vm
try:
    vm.feed("B2")
except ValueError as exc:
    reason = exc.args[0]  # ?rc reason bar
vm.state = State.PAID
vm.feed("A1")  # ?rc chips
tray = vm.tray  # ?rc tray
handler = vm.handlers[State.IDLE]  # ?rc handler vm
del handler  # ?rc vm
del vm  # ?rc chips bar tray
print(gc.collect())  # ?rc chips bar
