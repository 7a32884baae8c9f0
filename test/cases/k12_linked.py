# Linked lists: a singly linked stack dies by refcount; a doubly linked
# list (prev/next) needs the cycle collector unless prev is a weakref.
import gc
import weakref


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.prev = None


class DList:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def append(self, value):
        node = Node(value)  # ?rc node
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node  # ?rc node
        self.size += 1
        return node

    def remove(self, node):
        if node.prev is not None:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next is not None:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        node.prev = node.next = None
        self.size -= 1


gc.collect()
dl = DList()  # ?rc dl
n1 = dl.append(1.25)  # ?rc n1
n2 = dl.append(2.25)  # ?rc n1 n2
n3 = dl.append(3.25)  # ?rc n2 n3
dl.remove(n2)  # ?rc n1 n2 n3
del n2
print(gc.collect())
del n1, n3  # ?rc dl
dl.head = dl.tail = None  # ?rc dl
print(gc.collect())  # n1 <-> n3 now unreachable


class SNode:
    __slots__ = ("value", "next", "__weakref__")

    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


head = None
for i in range(5):
    head = SNode(i * 1.5, head)  # ?rc head
second = head.next  # ?rc second head
watch = weakref.ref(second)  # ?rc second
del second
head = None
print(gc.collect())  # nothing cyclic
gone = watch()  # ?rc watch
