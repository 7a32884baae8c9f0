# Theme: a hotel booking system: rooms keep a list of Booking objects, a
# guest's bookings are tracked in a dict of lists, overlapping requests are
# rejected with an exception, a booking is cancelled and rebooked in
# another room, and invoices are formatted.
import gc


class Overlap(Exception):
    pass


class Booking:
    def __init__(self, guest, room, nights):
        self.guest, self.room, self.nights = guest, room, nights


class Room:
    def __init__(self, number, rate):
        self.number, self.rate = number, rate
        self.bookings = []

    def book(self, guest, nights):
        for b in self.bookings:
            if set(b.nights) & set(nights):
                raise Overlap(self.number, guest)
        booking = Booking(guest, self, nights)  # ?rc booking
        self.bookings.append(booking)
        return booking


gc.collect()
rooms = {n: Room(n, rate) for n, rate in ((101, 80.0), (102, 95.5))}  # ?rc rooms
r101 = rooms[101]  # ?rc r101
by_guest = {}
bk1 = r101.book("Mr Smith", range(1, 4))  # ?rc bk1 r101
by_guest.setdefault("Mr Smith", []).append(bk1)  # ?rc bk1
try:
    r101.book("Ms Jones", range(3, 5))
except Overlap as e:
    number, who = e.args  # ?rc who
bk2 = rooms[102].book("Ms Jones", range(3, 5))  # ?rc bk2
by_guest.setdefault("Ms Jones", []).append(bk2)
r101.bookings.remove(bk1)  # ?rc bk1 r101
moved = rooms[102].book(bk1.guest, range(6, 8))  # ?rc moved
by_guest["Mr Smith"][0] = moved  # ?rc bk1 moved
invoices = [f"{b.guest}: {len(b.nights) * b.room.rate:.2f}" for bs in by_guest.values() for b in bs]  # ?rc invoices
occupancy = {n: sum(len(b.nights) for b in r.bookings) for n, r in rooms.items()}  # ?rc occupancy
del rooms  # ?rc r101 moved
del by_guest  # ?rc bk2 moved
print(gc.collect())
