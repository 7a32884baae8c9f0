# Theme: walrus operator. A packet queue is drained with `while (p := ...)`,
# filtered in a comprehension that binds with := (the name leaks into the
# enclosing scope), and tested in `if (x := ...)` conditions.
import gc


class Packet:
    def __init__(self, size, payload):
        self.size = size
        self.payload = payload


class Queue:
    def __init__(self, packets):
        self.items = list(packets)

    def pop(self):
        return self.items.pop(0) if self.items else None


blob = [0.25] * 8  # ?rc blob
p1 = Packet(100, blob)  # ?rc p1 blob
p2 = Packet(2000, blob)  # ?rc p2
p3 = Packet(50, [1.5, 2.5])  # ?rc p3
q = Queue([p1, p2, p3])  # ?rc q p1 p2 p3

drained = []
while (pkt := q.pop()) is not None:
    drained.append(pkt)  # ?rc pkt
after_loop = drained  # ?rc p1 p2 p3 drained

big = [last for p in drained if (last := p).size > 90]  # ?rc big last p1 p2

if (first_big := big[0]) is p1:
    chosen = first_big  # ?rc p1 first_big chosen


def total_size(queue_items):
    total = 0
    while (n := len(queue_items)) > 0:
        head = queue_items.pop()  # ?rc head
        total += head.size
    return total


copy = list(drained)  # ?rc copy p3
t = total_size(copy)  # ?rc p1 p2 p3 copy
del drained, big, last, pkt, chosen, first_big  # ?rc p1 p2 p3
p3.payload = p3  # ?rc p3
del p3
print(gc.collect())
sizes = [(s := pk.size) * 2 for pk in (p1, p2)]  # ?rc sizes
