# Theme: a hotel reservation system: bookings are kept sorted per room with
# bisect.insort(key=...), overlaps raise an exception that carries the
# conflicting booking, guests keep their bookings, cancellation unlinks both.
import bisect
import gc


class Guest:
    def __init__(self, name):
        self.name = name
        self.bookings = []


class Booking:
    def __init__(self, guest, room, start, end):
        self.guest, self.room, self.start, self.end = guest, room, start, end

    @property
    def nights(self):
        return self.end - self.start

    def overlaps(self, start, end):
        return self.start < end and start < self.end


class Overbooked(Exception):
    def __init__(self, conflict):
        super().__init__(f"room {conflict.room} taken by {conflict.guest.name}")
        self.conflict = conflict


class Hotel:
    def __init__(self, rooms, rate):
        self.calendar = {r: [] for r in rooms}
        self.rate = rate

    def book(self, guest, room, start, end):
        for b in self.calendar[room]:
            if b.overlaps(start, end):
                raise Overbooked(b)
        booking = Booking(guest, room, start, end)
        bisect.insort(self.calendar[room], booking, key=lambda b: b.start)
        guest.bookings.append(booking)  # ?rc booking
        return booking

    def cancel(self, booking):
        self.calendar[booking.room].remove(booking)
        booking.guest.bookings.remove(booking)

    def bill(self, guest):
        return sum(b.nights for b in guest.bookings) * self.rate


inn = Hotel([101, 102], 89.5)  # ?rc inn
kim, leo = Guest("kim"), Guest("leo")  # ?rc kim leo
first = inn.book(kim, 101, 10, 13)  # ?rc first kim
later = inn.book(leo, 101, 20, 22)  # ?rc later leo
early = inn.book(leo, 101, 2, 5)  # ?rc early
try:
    inn.book(kim, 101, 21, 24)
except Overbooked as err:
    clash = err.conflict  # ?rc clash later err
room = inn.calendar[101]  # ?rc room
print([b.start for b in room], inn.bill(leo), room.index(first))
inn.cancel(later)  # ?rc later clash leo
del clash, later  # ?rc leo
bookings = leo.bookings  # ?rc bookings early
print(gc.collect(), inn.bill(kim))  # no cycles: bookings point one way
