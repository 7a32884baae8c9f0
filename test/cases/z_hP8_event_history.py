# Theme: a dispatcher that records namedtuple events in bounded deques and
# keeps a partial of its own method as the tick callback (a cycle through
# the partial's bound method). An event holding only a str and None stays
# tracked through a collection: gc untracks exact tuples only, never a
# namedtuple, so the dropped dispatcher's events are part of its garbage.
import gc
from collections import deque, namedtuple
from functools import partial

Event = namedtuple("Event", "name payload")


class Dispatcher:
    def __init__(self):
        self.queue = deque()
        self.on_tick = partial(self.fire, "tick event")
        self.history = deque(maxlen=2)

    def fire(self, name, payload=None):
        ev = Event(name, payload)
        self.history.append(ev)
        return ev


gc.collect()
dp = Dispatcher()  # ?rc dp
ev = dp.on_tick()  # ?rc ev dp
ev2 = ev._replace(payload=[1.5])  # ?rc ev ev2
dp.queue.extend([ev, ev2])  # ?rc ev ev2
dp.queue.rotate(1)  # ?rc ev ev2
dp.queue.append(dp.queue)
d = ev2._asdict()  # ?rc d ev2
del ev, ev2, d
print(gc.collect())  # dp still named: nothing, but tuples get looked at
del dp
print(gc.collect())  # dispatcher, deques, partial, method, both events, list
marks = [Event("mark one", 1), Event("mark two", 2), ("plain", 3)]
print(gc.collect())
marks.append(marks)
del marks
print(gc.collect())  # the list and both namedtuples; the plain tuple was untracked
