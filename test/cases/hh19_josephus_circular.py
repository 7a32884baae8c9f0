# Theme: the Josephus problem on a circular linked list (the last node
# points back at the first, so the whole ring is one cycle): build the
# ring, eliminate every k-th person, then drop the survivor's ring and
# collect it.
import gc


class Person:
    def __init__(self, seat):
        self.seat = seat
        self.next = None


def build_ring(n):
    head = Person(1)
    tail = head
    for seat in range(2, n + 1):
        tail.next = Person(seat)
        tail = tail.next
    tail.next = head  # ?rc head tail
    return head, tail


def eliminate(prev, k):
    out = []
    while prev.next is not prev:
        for _ in range(k - 1):
            prev = prev.next
        victim = prev.next
        prev.next = victim.next
        victim.next = None  # ?rc victim
        out.append(victim)
    return prev, out


gc.collect()
head, tail = build_ring(7)  # ?rc head tail
second = head.next  # ?rc second
ring_copy, ring_tail = build_ring(5)  # ?rc ring_copy
del ring_copy, ring_tail
print(gc.collect())  # five people in a ring
survivor, order = eliminate(tail, 3)  # ?rc survivor order
nxt = survivor.next  # ?rc nxt survivor
del head, tail, second  # ?rc order
order.clear()
print(gc.collect())  # the survivor points at itself but is still named
del survivor, nxt
print(gc.collect())  # now the one-person ring is garbage
