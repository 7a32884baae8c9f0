# Linked list and binary search tree with insertion and deletion.
import gc
import sys
from typing import Optional


class Node:
    def __init__(self, value: float, nxt: "Optional[Node]" = None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self):
        self.head: Optional[Node] = None
        self.size = 0
    def push(self, value: float) -> Node:
        node = Node(value, self.head)
        self.head = node  # ?rc node
        self.size += 1
        return node
    def remove(self, value: float) -> bool:
        prev, cur = None, self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                return True
            prev, cur = cur, cur.next
        return False


class TreeNode:
    def __init__(self, key: float):
        self.key = key
        self.left: Optional[TreeNode] = None
        self.right: Optional[TreeNode] = None


def insert(root: Optional[TreeNode], key: float) -> TreeNode:
    if root is None:
        return TreeNode(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root


def inorder(root):
    if root is not None:
        yield from inorder(root.left)
        yield root.key
        yield from inorder(root.right)


ll = LinkedList()  # ?rc ll
n1 = ll.push(1.5 * 1)  # ?rc n1
n2 = ll.push(2.5 * 1)  # ?rc n2 n1
n3 = ll.push(3.5 * 1)  # ?rc n3 n2
head = ll.head  # ?rc head n3
ok = ll.remove(2.5)  # ?rc n2 n1
del head  # ?rc n3
root = None
keys = [5.5 * 1, 2.5 * 1, 8.5 * 1, 1.5 * 2]  # ?rc keys
for k in keys:
    root = insert(root, k)  # ?rc root k
left = root.left  # ?rc left
walk = list(inorder(root))  # ?rc walk
k0 = keys[0]  # ?rc k0
root.left = None  # ?rc left
del left
print(gc.collect())
print(sys.getrefcount(n1))
del ll, n1, n2, n3
print(gc.collect())

class Chain:
    def __init__(self, items):
        self.head = None
        for it in reversed(items):
            self.head = Node(it, self.head)
    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return sum(1 for _ in self)
    def __bool__(self):
        return self.head is not None


ch = Chain(keys)  # ?rc ch k0
vals = [v for v in ch]  # ?rc vals k0
size = len(ch)
if ch:
    first_val = next(iter(ch))  # ?rc first_val ch
