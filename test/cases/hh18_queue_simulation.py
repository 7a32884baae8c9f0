# Theme: a supermarket checkout simulation with a while loop: customers
# arrive on a fixed schedule, wait in a list used as a queue, are served
# one at a time, and move to a list of finished customers.


class Customer:
    def __init__(self, number, arrival, items):
        self.number = number
        self.arrival = arrival
        self.items = items
        self.done_at = None


def simulate(arrivals, rate):
    clock = 0
    waiting = []
    finished = []
    current = None
    busy_until = 0
    pending = list(arrivals)  # ?rc pending arrivals
    while pending or waiting or current:
        while pending and pending[0].arrival <= clock:
            waiting.append(pending.pop(0))
        if current is not None and clock >= busy_until:
            current.done_at = clock
            finished.append(current)  # ?rc current
            current = None
        if current is None and waiting:
            current = waiting.pop(0)  # ?rc current
            busy_until = clock + current.items * rate
        clock += 1
    return finished


schedule = [Customer(i + 1, i * 3, 2 + i % 3) for i in range(4)]  # ?rc schedule
first = schedule[0]  # ?rc first
done = simulate(schedule, 2)  # ?rc done first
last = done[-1]  # ?rc last
waits = [c.done_at - c.arrival for c in done]  # ?rc waits
average = sum(waits) / len(waits)  # ?rc average
del schedule  # ?rc first last
