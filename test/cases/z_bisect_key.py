# Theme: bisect.insort and bisect_left with key= (3.10+): the key runs on each probed item; x is inserted itself.
import bisect


class Slot:
    def __init__(self, start):
        self.start = start


cal = [Slot(1.5)]
s = Slot(10.5)
bisect.insort(cal, s, key=lambda b: b.start)  # ?rc s cal
i = bisect.bisect_left(cal, 5.5, key=lambda b: b.start)  # ?rc s cal
