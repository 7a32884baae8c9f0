# Application-style: a stock ticker that notifies observers. Strong
# subscribers store bound methods in a list (keeping the observer alive);
# weak subscribers go through weakref.WeakMethod and vanish with their owner.
import gc
import sys
import weakref


class Ticker:
    def __init__(self, symbol):
        self.symbol = symbol
        self.strong = []
        self.weak = []

    def subscribe(self, callback, weak=False):
        if weak:
            self.weak.append(weakref.WeakMethod(callback))
        else:
            self.strong.append(callback)  # ?rc callback

    def publish(self, price):
        for cb in self.strong:
            cb(self, price)
        alive = [ref() for ref in self.weak]  # ?rc alive
        for cb in alive:
            if cb is not None:
                cb(self, price)
        return sum(cb is not None for cb in alive)


class Chart:
    def __init__(self, ticker):
        self.points = []
        self.ticker = ticker
        ticker.subscribe(self.on_price)  # ?rc self

    def on_price(self, ticker, price):
        self.points.append(price)  # ?rc price


class Alert:
    def __init__(self, limit):
        self.limit = limit
        self.fired = []

    def check(self, ticker, price):
        if price > self.limit:
            self.fired.append((ticker.symbol, price))


acme = Ticker("ACME corp.")  # ?rc acme
chart = Chart(acme)  # ?rc chart acme
alert = Alert(101.5)  # ?rc alert
acme.subscribe(alert.check, weak=True)  # ?rc alert
for tick in (100.25, 102.75, 99.5):
    n = acme.publish(tick)  # ?rc tick
pts = chart.points  # ?rc pts
print(n, len(alert.fired), sys.getrefcount(chart))
del alert
n = acme.publish(103.125)  # ?rc pts
del chart  # ?rc pts -- still alive: Ticker.strong holds chart.on_price
print(gc.collect())
del acme  # ?rc pts
print(gc.collect())  # ticker -> bound method -> chart -> ticker, plus lists
print(sys.getrefcount(pts))
