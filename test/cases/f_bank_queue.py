# Application: a bank queue simulation: customers arrive in a deque, tellers
# serve them; finished customers go into a history list; statistics at the end.
import gc
import random
import sys
from collections import deque

random.seed(7)


class Customer:
    served = 0

    def __init__(self, cid, work):
        self.cid = cid
        self.work = work
        self.teller = None


class Teller:
    def __init__(self, name):
        self.name = name
        self.current = None
        self.left = 0
        self.done = []

    def step(self, queue):
        if self.current is None and queue:
            self.current = queue.popleft()  # ?rc queue
            self.current.teller = self
            self.left = self.current.work
        if self.current is not None:
            self.left -= 1
            if self.left == 0:
                cust = self.current  # ?rc cust
                self.done.append(cust)
                self.current = None
                Customer.served += 1


queue = deque()  # ?rc queue
tellers = [Teller("t1"), Teller("t2")]  # ?rc tellers
arrivals = [Customer(i, random.randint(1, 4)) for i in range(6)]  # ?rc arrivals
c0 = arrivals[0]  # ?rc c0
for tick in range(20):
    if arrivals:
        queue.append(arrivals.pop(0))
    for t in tellers:
        t.step(queue)
t1 = tellers[0]  # ?rc t1 c0
history = t1.done + tellers[1].done  # ?rc history c0
waits = sorted(c.work for c in history)  # ?rc waits
owner = c0.teller  # ?rc owner t1
print(Customer.served, waits, sys.getrefcount(c0))
del tellers, t, history  # ?rc t1 c0
del owner  # ?rc t1
print(gc.collect())
del t1  # ?rc c0
print(gc.collect())
print(sys.getrefcount(c0))
