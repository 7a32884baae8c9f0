# Theme: a doubly linked deque with a single sentinel node whose prev/next
# point to itself when empty, so every node sits in a cycle; unlinking a
# node and then dropping the whole list is left to the cycle collector.
import gc


class DNode:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class Deque:
    def __init__(self):
        self.sentinel = DNode(None)
        self.sentinel.prev = self.sentinel.next = self.sentinel

    def _link_after(self, where, value):
        node = DNode(value)
        node.prev, node.next = where, where.next
        where.next.prev = node
        where.next = node
        return node

    def push_front(self, value):
        return self._link_after(self.sentinel, value)

    def push_back(self, value):
        return self._link_after(self.sentinel.prev, value)

    def remove(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None


gc.collect()
dq = Deque()  # ?rc dq
s = dq.sentinel  # ?rc s
a = dq.push_back(1.5)  # ?rc a s
b = dq.push_back(2.5)  # ?rc a b s
c = dq.push_front(0.5)  # ?rc c s
dq.remove(a)  # ?rc a b c
del a
print(gc.collect())  # a was unlinked first
del b, c, s
print(gc.collect())  # still reachable through dq
del dq
print(gc.collect())  # sentinel and two nodes (the Deque itself is freed by refcount)
