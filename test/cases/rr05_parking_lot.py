# Theme: a parking lot with numbered spots (a list with None for free spots),
# a plate -> ticket dict, a custom LotFull exception that carries the car it
# refused, and cars leaving and re-parking in another spot.
import gc
import sys


class Car:
    def __init__(self, plate):
        self.plate = plate


class LotFull(Exception):
    def __init__(self, car):
        super().__init__(f"no room for {car.plate}")
        self.car = car


class Lot:
    def __init__(self, size):
        self.spots = [None] * size
        self.tickets = {}

    def park(self, car):
        try:
            n = self.spots.index(None)
        except ValueError:
            raise LotFull(car) from None
        self.spots[n] = car
        self.tickets[car.plate] = (n, car)  # ?rc car
        return n

    def leave(self, plate):
        n, car = self.tickets.pop(plate)  # ?rc car
        self.spots[n] = None
        return car


gc.collect()
lot = Lot(2)
c1, c2, c3 = Car("AB-123"), Car("XY-987"), Car("QQ-555")  # ?rc c1 c2 c3
lot.park(c1)  # ?rc c1
lot.park(c2)  # ?rc c2
try:
    lot.park(c3)
except LotFull as e:
    refused = e  # ?rc refused c3
print(sys.getrefcount(refused))
out = lot.leave("AB-123")  # ?rc out c1
lot.park(refused.car)  # ?rc c3
ticket = lot.tickets["QQ-555"]  # ?rc ticket
del refused  # ?rc c3
lot.spots.append(None)
lot.park(out)  # ?rc c1
order = [lot.spots.index(c) for c in (c1, c2, c3) if c in lot.spots]  # ?rc order
del lot  # ?rc c1 c2 c3 ticket
del out, ticket  # ?rc c1 c3
print(gc.collect())
