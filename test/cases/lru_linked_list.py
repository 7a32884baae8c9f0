# Theme: an LRU cache built on a doubly linked list of __slots__ nodes.
# Every neighbouring pair of nodes is a cycle (prev/next); evicting a node
# unlinks it by hand, dropping the cache needs the collector.
import gc


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node(None, None)
        self.tail = Node(None, None)
        self.head.next = self.tail
        self.tail.prev = self.head

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def put(self, key, value):
        if key in self.map:
            self._unlink(self.map.pop(key))
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            oldest = self.tail.prev
            self._unlink(oldest)
            del self.map[oldest.key]


gc.collect()
cache = LRUCache(3)
for i in range(5):
    cache.put(i, [i * 1.5])
first = cache.head.next  # ?rc first
print("evictions left no garbage:", gc.collect())
del first
del cache  # head, tail, 3 nodes, the dict, 3 value lists, the cache itself
print("cache collected:", gc.collect())
