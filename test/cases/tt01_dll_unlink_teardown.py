# Theme: a doubly linked list with a sentinel head. Nodes point at both
# neighbours, so every adjacent pair is a cycle; unlinking a node cleanly
# frees it by refcount, dropping the whole list needs the collector.
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class DList:
    def __init__(self):
        self.head = Node(None)
        self.head.prev = self.head.next = self.head

    def push(self, node):
        last = self.head.prev
        node.prev, node.next = last, self.head
        last.next = node
        self.head.prev = node  # ?rc node

    def unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None  # ?rc node


gc.collect()
dl = DList()  # ?rc dl
head = dl.head  # ?rc head
a = Node([1.5])  # ?rc a
b = Node([2.5])
c = Node([3.5])
dl.push(a)
dl.push(b)
dl.push(c)  # ?rc a b c head
dl.unlink(b)  # ?rc a b c
payload = b.value  # ?rc payload
del b  # ?rc payload -- b had no cycle left: freed now
print(gc.collect())
del a, c  # ?rc head
print(gc.collect())  # nothing: the list still owns them through head
del dl  # ?rc head
del head
print(gc.collect())  # sentinel + two nodes, their value lists, DList
