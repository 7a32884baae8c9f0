# Theme: an LRU cache built by hand from a dict and a doubly linked list
# with sentinel nodes. Every node points at its neighbours both ways, so
# the list is full of cycles; clear() unlinks nodes explicitly.
import gc


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LinkedLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None  # ?rc node

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node  # ?rc node

    def get(self, key):
        node = self.map.get(key)
        if node is None:
            return None
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            node = Node(key, value)  # ?rc node value
            self.map[key] = node
            if len(self.map) > self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]  # ?rc lru
        self._push_front(node)

    def keys(self):
        out = []
        cur = self.head.next
        while cur is not self.tail:
            out.append(cur.key)
            cur = cur.next
        return out  # most recent first


cache = LinkedLRU(3)  # ?rc cache
payloads = [[n * 1.5] for n in range(5)]  # ?rc payloads
for i, p in enumerate(payloads):
    cache.put(f"page {i}", p)  # ?rc p
p0 = payloads[0]  # ?rc p0
p3 = payloads[3]  # ?rc p3
got = cache.get("page 3")  # ?rc got p3
print(cache.keys())
cache.put("page 3", [9.75])  # ?rc p3
head = cache.head  # ?rc head
print(gc.collect())  # everything still reachable

del head
del cache  # the linked nodes reference each other: cycles
print(gc.collect())  # 2 sentinels + 3 nodes + map + cache + replaced list
p4 = payloads[4]  # ?rc p4 p3
del got  # ?rc p3
del payloads  # ?rc p0 p3 p4
print(gc.collect())
