# Application: a singly linked list with push, reverse in place, reverse by
# recursion, iteration via __iter__, and a doubly linked variant with cycles.
import gc
import sys


class ListNode:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self):
        self.head = None
        self.length = 0

    def push(self, value):
        self.head = ListNode(value, self.head)
        self.length += 1

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.length

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt  # ?rc prev
        self.head = prev


def reverse_rec(node, prev=None):
    if node is None:
        return prev
    rest = node.next
    node.next = prev  # ?rc node
    return reverse_rec(rest, node)


class DNode:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


item = [0.25]  # ?rc item
ll = LinkedList()  # ?rc ll
for i in range(4):
    ll.push(item)  # ?rc item
values = list(ll)  # ?rc values item
head = ll.head  # ?rc head
ll.reverse()  # ?rc head
tail = ll.head  # ?rc tail head
new_head = reverse_rec(ll.head)  # ?rc new_head head tail
ll.head = new_head  # ?rc new_head
n = len(ll)  # ?rc n
del values  # ?rc item
a, b, c = DNode("a"), DNode("b"), DNode("c")  # ?rc a b
a.next, b.prev, b.next, c.prev = b, a, c, b  # ?rc a b c
walk = []
node = a
while node is not None:
    walk.append(node)  # ?rc node
    node = node.next
del a, b, c, walk  # ?rc node
print(gc.collect())
del ll, head, tail, new_head  # ?rc item
print(gc.collect(), sys.getrefcount(item))
