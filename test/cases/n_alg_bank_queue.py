# Theme: a discrete-event simulation of a bank with two tellers: an event
# heap, a FIFO deque of waiting customers, closures with nonlocal
# counters for statistics, and a seeded random generator.
import heapq
import random
import sys
from collections import deque


class Customer:
    def __init__(self, cid, arrive, work):
        self.cid, self.arrive, self.work = cid, arrive, work
        self.start = None


def make_stats():
    served = 0
    waited = 0.0
    longest = None

    def record(cust):
        nonlocal served, waited, longest
        served += 1
        wait = cust.start - cust.arrive  # ?rc wait
        waited += wait
        if longest is None or wait > longest[0]:
            longest = (wait, cust)  # ?rc longest cust

    def report():
        return served, waited / max(served, 1), longest

    return record, report


def simulate(customers, tellers=2):
    events = [(c.arrive, 0, c.cid, c) for c in customers]  # ?rc events
    heapq.heapify(events)
    waiting = deque()
    free = tellers
    record, report = make_stats()
    while events:
        now, kind, _, cust = heapq.heappop(events)
        if kind == 0:
            waiting.append(cust)  # ?rc cust waiting
        else:
            free += 1
        while free and waiting:
            nxt = waiting.popleft()
            nxt.start = now
            record(nxt)
            heapq.heappush(events, (now + nxt.work, 1, nxt.cid, nxt))  # ?rc nxt
            free -= 1
    return report()


rng = random.Random(1234)
clock = 0.0
people = []
for cid in range(6):
    clock += round(rng.uniform(0.5, 3.0), 2)
    person = Customer(cid, clock, round(rng.uniform(2.0, 5.0), 2))  # ?rc person
    people.append(person)
served, mean_wait, worst = simulate(people)  # ?rc worst people
wait, who = worst  # ?rc who worst
summary = f"served={served} mean={mean_wait:.2f} worst=#{who.cid} ({wait:.2f})"  # ?rc summary
print(summary, sys.getrefcount(who))
del people  # ?rc who person
