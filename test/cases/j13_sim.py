# Discrete event simulation with a heapq priority queue.
import gc
import heapq
import sys


class Event:
    def __init__(self, time: float, name: str, payload=None):
        self.time = time
        self.name = name
        self.payload = payload

    def __lt__(self, other: "Event") -> bool:
        return (self.time, self.name) < (other.time, other.name)

    def __repr__(self):
        return f"Event({self.time}, {self.name!r})"


class Simulator:
    def __init__(self):
        self.queue = []
        self.clock = 0.0
        self.log = []

    def schedule(self, ev: Event) -> None:
        heapq.heappush(self.queue, ev)  # ?rc ev

    def step(self) -> Event:
        ev = heapq.heappop(self.queue)
        self.clock = ev.time
        self.log.append(ev)  # ?rc ev
        return ev

    def run(self) -> int:
        n = 0
        while self.queue:
            self.step()
            n += 1
        return n


sim = Simulator()  # ?rc sim
payload = {"customer": "C-1001"}  # ?rc payload
e1 = Event(2.5 * 2, "arrive customer", payload)  # ?rc e1 payload
e2 = Event(1.5 * 1, "open store")  # ?rc e2
e3 = Event(7.5 * 1, "close store")
sim.schedule(e1)  # ?rc e1
sim.schedule(e2)  # ?rc e2
sim.schedule(e3)  # ?rc e3
peek = sim.queue[0]  # ?rc peek e2
first = sim.step()  # ?rc first e2
del peek  # ?rc e2
count = sim.run()
log = sim.log  # ?rc log sim
times = [ev.time for ev in log]  # ?rc times
t0 = times[0]  # ?rc t0
del e1, e2, e3, first  # ?rc log payload
pairs = [(ev.time, ev) for ev in log]  # ?rc pairs
heapq.heapify(pairs)  # ?rc pairs
smallest = heapq.nsmallest(2, log)  # ?rc smallest
print(sys.getrefcount(payload))
del sim, log, pairs, smallest  # ?rc payload
print(gc.collect())
import itertools
seq = itertools.count()  # ?rc seq
q = []
ev_a = Event(3.5 * 1, "restock shelves")  # ?rc ev_a
heapq.heappush(q, (ev_a.time, next(seq), ev_a))  # ?rc ev_a
heapq.heappush(q, (1.25 * 2, next(seq), Event(0.5, "x-ray")))
when, order, popped = heapq.heappop(q)  # ?rc popped when
rest = heapq.heappop(q)  # ?rc rest ev_a


class Clock:
    def __init__(self):
        self._now = 0.0

    @property
    def now(self):
        return self._now

    @now.setter
    def now(self, value):
        self._now = value  # ?rc value

    def __call__(self, dt):
        self.now = self._now + dt
        return self


clk = Clock()  # ?rc clk
later = 2.5 * 4  # ?rc later
clk.now = later  # ?rc later
same_clk = clk(0.5 * 1)  # ?rc same_clk clk
stamp = clk.now  # ?rc stamp
