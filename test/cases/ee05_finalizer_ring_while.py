# Theme: a ring of finalizable objects built in a while/else loop; __del__
# runs once per object when the collector breaks the ring.
import gc

log = []


class Link:
    def __init__(self, idx):
        self.idx = idx
        self.next = None

    def __del__(self):
        log.append(self.idx)


def ring(n):
    head = Link(0.5)
    cur = head
    i = 1
    while i < n:
        cur.next = Link(i + 0.5)  # ?rc cur
        cur = cur.next
        i += 1
    else:
        cur.next = head  # ?rc head
    return head


gc.collect()
r = ring(4)  # ?rc r
second = r.next  # ?rc second
del r  # ?rc second
print(gc.collect())  # nothing: second still reaches the ring
del second
print(gc.collect())  # four links
print(len(log))
solo = Link(9.5)  # ?rc solo
solo.next = solo  # ?rc solo
keep = solo  # ?rc solo keep
del solo, keep
print(gc.collect())
total = len(log) * 1.5  # ?rc total
first_idx = log[0]  # ?rc first_idx
