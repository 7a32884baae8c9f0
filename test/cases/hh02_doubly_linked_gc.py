# Theme: a doubly linked list (prev and next pointers make a cycle for each
# pair of neighbours): append, remove a node, then drop the list and
# collect the cycles.
import gc


class DNode:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class DoublyLinkedList:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def append(self, value):
        node = DNode(value)
        if self.tail is None:
            self.head = self.tail = node  # ?rc node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node  # ?rc node
        self.size += 1
        return node

    def remove(self, node):
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        node.prev = node.next = None  # ?rc node
        self.size -= 1


gc.collect()
dll = DoublyLinkedList()  # ?rc dll
a = dll.append([1.5])  # ?rc a
b = dll.append([2.5])  # ?rc a b
c = dll.append([3.5])  # ?rc b c
dll.remove(b)  # ?rc a b c
payload = b.value  # ?rc payload b
del b  # ?rc payload
print(gc.collect())
del a, c  # still reachable through dll
print(gc.collect())
del dll  # head <-> tail is a cycle now
print(gc.collect())
