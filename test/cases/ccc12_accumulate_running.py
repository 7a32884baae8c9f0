# Running balances computed with itertools.accumulate over transactions:
# accumulate keeps the running total (the last value it produced) and the
# source iterator; an initial value is kept until it is emitted.
import itertools
import operator


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


deposits = [Money(1050), Money(250), Money(725)]  # ?rc deposits
d0 = deposits[0]  # ?rc d0
opening = Money(10000)  # ?rc opening
running = itertools.accumulate(deposits)  # ?rc deposits running
bal = next(running)  # ?rc bal d0
bal = next(running)  # ?rc bal d0
del running  # ?rc bal deposits
with_open = itertools.accumulate(deposits, initial=opening)  # ?rc opening with_open
start = next(with_open)  # ?rc start opening
after = next(with_open)  # ?rc after opening
rest = list(with_open)  # ?rc rest opening
del with_open, start  # ?rc opening


def balances(txns, func):
    history = []
    for value in itertools.accumulate(txns, func):
        history.append(value)  # ?rc value history
    return history


floats = [1.5, 2.5, 4.0]  # ?rc floats
hist = balances(floats, operator.mul)  # ?rc hist floats
h0 = hist[0]  # ?rc h0
biggest = list(itertools.accumulate(floats, max))  # ?rc biggest h0
money_hist = balances(deposits, operator.add)  # ?rc money_hist d0
del money_hist  # ?rc d0 deposits
rotation = itertools.cycle(deposits)  # ?rc deposits
turn = next(rotation)  # ?rc d0 -- cycle saves every item it has produced
turn = next(rotation)  # ?rc d0
del turn, deposits  # ?rc d0
