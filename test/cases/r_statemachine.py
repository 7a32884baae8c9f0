# A coin-operated turnstile as a state machine: transitions are a dict of
# lambdas keyed by (state, event); the machine records every transition.


class Coin:
    def __init__(self, value):
        self.value = value


class Machine:
    transitions = {
        ("locked", "coin"): lambda m, arg: m.accept(arg),
        ("unlocked", "push"): lambda m, arg: "locked",
        ("locked", "push"): lambda m, arg: "locked",
        ("unlocked", "coin"): lambda m, arg: m.refund(arg),
    }

    def __init__(self):
        self.state = "locked"
        self.bank = []
        self.refunds = []
        self.trail = []

    def accept(self, coin):
        self.bank.append(coin)  # ?rc coin
        return "unlocked"

    def refund(self, coin):
        self.refunds.append(coin)  # ?rc coin
        return "unlocked"

    def fire(self, event, arg=None):
        action = self.transitions[(self.state, event)]  # ?rc action
        new_state = action(self, arg)
        self.trail.append((self.state, new_state))
        self.state = new_state
        return new_state


table = Machine.transitions  # ?rc table
m = Machine()  # ?rc m
dime = Coin(10 ** 1)  # ?rc dime
quarter = Coin(25.0 * 1)  # ?rc quarter
m.fire("coin", dime)  # ?rc dime m
m.fire("push")  # ?rc m
m.fire("coin", quarter)  # ?rc quarter
m.fire("coin", dime)  # ?rc dime
m.fire("push")  # ?rc dime quarter
trail = m.trail  # ?rc trail
steps = len(trail)  # ?rc steps
opener = table[("locked", "coin")]  # ?rc opener
bank = m.bank  # ?rc bank dime
handlers = list(table.values())  # ?rc opener handlers
del handlers  # ?rc opener
del m  # ?rc dime quarter bank trail
bank.clear()  # ?rc quarter dime
on_coin = lambda c: c.value * 2  # ?rc on_coin
doubled = [on_coin(c) for c in (dime, quarter)]  # ?rc doubled quarter
