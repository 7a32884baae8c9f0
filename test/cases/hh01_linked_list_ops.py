# Theme: a singly linked list the textbook way: insert at the head, insert
# after a node, delete by value, and reverse in place with prev/cur/nxt.


class Node:
    def __init__(self, data, next=None):
        self.data = data
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None

    def push(self, data):
        node = Node(data, self.head)
        self.head = node  # ?rc node

    def insert_after(self, prev_node, data):
        new_node = Node(data, prev_node.next)
        prev_node.next = new_node  # ?rc new_node prev_node

    def delete(self, data):
        cur = self.head
        prev = None
        while cur is not None and cur.data != data:
            prev = cur
            cur = cur.next
        if cur is None:
            return False
        if prev is None:
            self.head = cur.next
        else:
            prev.next = cur.next  # ?rc cur prev
        return True

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur  # ?rc prev
            cur = nxt
        self.head = prev

    def to_list(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.data)
            cur = cur.next
        return out


ll = LinkedList()  # ?rc ll
for value in [1.5, 2.5, 3.5]:
    ll.push(value)
first = ll.head  # ?rc first
ll.insert_after(first, 9.25)  # ?rc first
ll.delete(2.5)
ll.reverse()
items = ll.to_list()  # ?rc items first
last = ll.head  # ?rc last first
del ll  # ?rc last first
