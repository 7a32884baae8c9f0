# Theme: parent/child cycles: a tree where children point back to the
# parent, torn down and collected; a doubly linked list.
import gc


class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


gc.collect()
root = Node()  # ?rc root
kid1 = Node(root)  # ?rc root kid1
kid2 = Node(root)  # ?rc root kid2
grand = Node(kid1)  # ?rc kid1 grand
kids = root.children  # ?rc kids root
del kids  # ?rc root
del kid1, kid2, grand  # ?rc root
del root
print(gc.collect())  # 4 nodes + 4 children lists


class Link:
    pass


head = Link()
prev = head
for _ in range(4):
    cur = Link()
    cur.prev = prev
    prev.next = cur
    prev = cur  # ?rc cur
tail = prev  # ?rc head tail
del prev, cur  # ?rc tail
del head, tail
print(gc.collect())  # 5 links
