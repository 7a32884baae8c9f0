# Application: a binary search tree with insert, find and delete of nodes
# with two children (successor copy), plus parent back links.
import gc
import sys


class Node:
    __slots__ = ("key", "val", "left", "right", "parent")

    def __init__(self, key, val, parent=None):
        self.key = key
        self.val = val
        self.left = None
        self.right = None
        self.parent = parent


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, val):
        if self.root is None:
            self.root = Node(key, val)
            self.size += 1
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = Node(key, val, cur)  # ?rc cur
                    break
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(key, val, cur)
                    break
                cur = cur.right
        self.size += 1

    def find(self, key):
        cur = self.root
        while cur is not None and cur.key != key:
            cur = cur.left if key < cur.key else cur.right
        return cur

    def delete(self, key):
        node = self.find(key)
        if node.left is not None and node.right is not None:
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key, node.val = succ.key, succ.val  # ?rc succ node
            node = succ
        child = node.left or node.right
        if child is not None:
            child.parent = node.parent
        if node.parent is None:
            self.root = child
        elif node.parent.left is node:
            node.parent.left = child
        else:
            node.parent.right = child
        self.size -= 1


t = BST()  # ?rc t
payload = ["payload list"]  # ?rc payload
for k in [50, 30, 70, 20, 40, 60, 80]:
    t.insert(k, payload)  # ?rc payload
n40 = t.find(40)  # ?rc n40
n30 = t.find(30)  # ?rc n30 n40
root = t.root  # ?rc root
t.delete(30)  # ?rc n30 n40
t.delete(20)  # ?rc payload
print(t.size, sys.getrefcount(payload))
del t  # ?rc root n40
print(gc.collect())
del root, n40, n30  # ?rc payload
print(gc.collect())
print(sys.getrefcount(payload))
