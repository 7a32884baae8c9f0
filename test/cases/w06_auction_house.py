# Theme: an auction house: lots collect ordered dataclass bids (amount first,
# then an arrival number), bidders keep their own bid lists, the house closes
# lots and notifies winners through stored bound methods.
import gc
from dataclasses import dataclass, field
from itertools import count

_seq = count(1)


@dataclass(order=True)
class Bid:
    amount: float
    seq: int = field(default_factory=lambda: next(_seq))
    bidder: object = field(default=None, compare=False, repr=False)
    lot: object = field(default=None, compare=False, repr=False)


class Bidder:
    def __init__(self, name):
        self.name = name
        self.bids, self.won = [], []

    def on_win(self, lot, bid):
        self.won.append((lot.title, bid.amount))


class Lot:
    def __init__(self, title, reserve):
        self.title, self.reserve = title, reserve
        self.bids = []

    def place(self, bidder, amount):
        bid = Bid(amount, bidder=bidder, lot=self)
        self.bids.append(bid)
        bidder.bids.append(bid)  # ?rc bid
        return bid

    def best(self):
        return max(self.bids, default=None)


class House:
    def __init__(self):
        self.lots, self.listeners = [], {}

    def close(self, lot):
        top = lot.best()
        if top is not None and top.amount >= lot.reserve:
            self.listeners[top.bidder.name](lot, top)
        self.lots.remove(lot)
        return top


house = House()
ann, ben = Bidder("ann"), Bidder("ben")  # ?rc ann ben
house.listeners.update({b.name: b.on_win for b in (ann, ben)})  # ?rc ann ben
vase = Lot("ming vase", 500.0)  # ?rc vase
clock = Lot("old clock", 90.0)
house.lots += [vase, clock]
b1 = vase.place(ann, 450.0)  # ?rc b1 ann vase
b2 = vase.place(ben, 610.0)  # ?rc b2 ben vase
b3 = clock.place(ann, 80.0)  # ?rc b3
winner = house.close(vase)  # ?rc winner b2 vase
unsold = house.close(clock)  # ?rc unsold b3 clock
print(ben.won, ann.won, sorted(ann.bids), b1 < b2)
del b1, b2, b3, winner, unsold, vase, clock  # ?rc ann ben
print(gc.collect())  # nothing: the bidders still reach every bid and lot
del house, ann, ben
print(gc.collect())  # bidders, bound methods, bids, lots and lists
