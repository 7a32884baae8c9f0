# deque.index / deque.count comparing a job with its own __eq__: deque_index holds no item while
# comparing on 3.11/3.12 (3.13 does), deque_count always holds it.
from collections import deque


class Job:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        me = self  # ?rc self
        return isinstance(other, Job) and self.name == other.name

    __hash__ = None


class Ticket:
    def __init__(self, code):
        self.code = code

    def __eq__(self, other):
        me = self  # ?rc self
        return isinstance(other, Ticket) and self.code == other.code

    __hash__ = None


queue = deque([Job("build"), Job("test"), Job("ship")])
wanted = Job("ship")
pos = queue.index(wanted)  # ?rc wanted
tickets = deque([Ticket(1), Ticket(2), Ticket(1)])
again = Ticket(1)
for _ in range(2):
    n = tickets.count(again)  # ?rc again
print(pos, n)
