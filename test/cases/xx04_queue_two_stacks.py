# Theme: a FIFO queue built from two stacks (inbox/outbox): enqueue pushes
# onto the inbox, dequeue refills the outbox by popping everything across.


class Customer:
    def __init__(self, name, minutes):
        self.name = name
        self.minutes = minutes

    def __repr__(self):
        return f"Customer({self.name!r}, {self.minutes})"


class TwoStackQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, item):
        self.inbox.append(item)

    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self):
        return len(self.inbox) + len(self.outbox)


q = TwoStackQueue()  # ?rc q
ann = Customer("Ann Lee", 3.5)  # ?rc ann
bob = Customer("Bob Ray", 1.25)
q.enqueue(ann)  # ?rc ann
q.enqueue(bob)  # ?rc bob
q.enqueue(ann)  # ?rc ann -- Ann comes back for a second item
first = q.dequeue()  # ?rc first ann
outbox = q.outbox  # ?rc outbox q
q.enqueue(Customer("Cy Dunn", 2.0))
served = []
while len(q):
    c = q.dequeue()
    served.append(c)  # ?rc c
waits = [c.minutes for c in served]  # ?rc waits
del served  # ?rc ann bob
del q  # ?rc outbox ann
