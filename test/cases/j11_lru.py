# LRU caches: one on OrderedDict, one on dict + doubly linked nodes.
import gc
import sys
from collections import OrderedDict


class LRU1:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


class DNode:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRU2:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.map = {}
        self.head = DNode(None, None)
        self.tail = DNode(None, None)
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node: DNode) -> None:
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node: DNode) -> None:
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node  # ?rc node

    def put(self, key, value) -> None:
        if key in self.map:
            self._unlink(self.map.pop(key))
        node = DNode(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]


gc.collect()
va, vb, vc = [1.5 * 1], [2.5 * 1], [3.5 * 1]  # ?rc va vb vc
c1 = LRU1(2)  # ?rc c1
c1.put("key a", va)  # ?rc va
c1.put("key b", vb)  # ?rc vb
got = c1.get("key a")  # ?rc got va
c1.put("key c", vc)  # ?rc vb vc
del got  # ?rc va
c2 = LRU2(2)  # ?rc c2
c2.put("key a", va)  # ?rc va
c2.put("key b", vb)  # ?rc vb
c2.put("key c", vc)  # ?rc va vc
front = c2.head.next  # ?rc front
del front
print(gc.collect())
del c1  # ?rc vb vc
print(gc.collect())
del c2  # ?rc vb vc
print(gc.collect())
from functools import lru_cache


@lru_cache(maxsize=4)
def square(x):
    return [x * x]


base = 1.5 * 3  # ?rc base
sq = square(base)  # ?rc sq base
sq2 = square(base)  # ?rc sq sq2 base
info = square.cache_info()  # ?rc info
square.cache_clear()  # ?rc sq base


def touch(cache, key, value=None):
    cache.put(key, value)  # ?rc value


touch(c3 := LRU2(4), "key z", value=vc)  # ?rc vc
touch(c3, *("key y", va))  # ?rc va
