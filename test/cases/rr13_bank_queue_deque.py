# Theme: a bank branch simulation: customers wait in a collections.deque,
# tellers serve them in round-robin, served customers go into a history
# deque with maxlen (old ones fall off), and an impatient customer leaves
# the queue early.
import gc
from collections import deque


class Customer:
    def __init__(self, name, amount):
        self.name, self.amount = name, amount


class Teller:
    def __init__(self, label):
        self.label = label
        self.current = None
        self.served = 0

    def take(self, queue):
        self.current = queue.popleft() if queue else None
        return self.current


gc.collect()
queue = deque()
names = ["Ada Byron", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov"]
people = [Customer(n, 100.0 * (i + 1)) for i, n in enumerate(names)]  # ?rc people
ada, alan, grace, edsger, barbara = people  # ?rc ada barbara
queue.extend(people)  # ?rc ada
del people  # ?rc ada grace
queue.remove(edsger)  # ?rc edsger
tellers = [Teller("window one"), Teller("window two")]
history = deque(maxlen=2)
while queue:
    for t in tellers:
        c = t.take(queue)  # ?rc c
        if c is not None:
            history.append(c)
            t.served += 1
print(tellers[0].served, tellers[1].served)  # ?rc ada alan grace barbara
recent = list(history)  # ?rc recent
queue.appendleft(edsger)  # ?rc edsger
queue.rotate(1)  # ?rc edsger
paid = {c.name: c.amount for c in (ada, alan, grace, barbara)}
richest = max(paid.items(), key=lambda kv: kv[1])  # ?rc richest
summary = ", ".join(f"{n}: {a:,.2f}" for n, a in paid.items())  # ?rc summary
del tellers  # ?rc grace barbara
del history, recent, c  # ?rc grace barbara
print(gc.collect())
