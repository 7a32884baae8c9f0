# Theme: a tree with strong parent pointers on __slots__ nodes. Every
# parent/child pair is a cycle, so a dropped subtree waits for gc.collect();
# a detach() helper that clears the back pointer lets refcounting free it.
import gc


class TNode:
    __slots__ = ("key", "parent", "kids")

    def __init__(self, key, parent=None):
        self.key = key
        self.parent = parent
        self.kids = []
        if parent is not None:
            parent.kids.append(self)

    def detach(self):
        if self.parent is not None:
            self.parent.kids.remove(self)
            self.parent = None


gc.collect()
top = TNode(1.5)  # ?rc top
left = TNode(2.5, top)  # ?rc top left
right = TNode(3.5, top)  # ?rc right
leaf = TNode(4.5, left)  # ?rc leaf
siblings = top.kids  # ?rc siblings
del siblings  # ?rc left
leaf.detach()  # ?rc left leaf
del leaf
print(gc.collect())  # detached: freed by refcounting
right.detach()  # ?rc top right
del right
print(gc.collect())  # nothing
grand = TNode(5.5, left)  # ?rc grand
del left, grand  # ?rc top
print(gc.collect())  # still reachable from top
del top
print(gc.collect())  # top, left, grand and their three kids lists
keep = TNode(6.5)
child = TNode(7.5, keep)  # ?rc keep child
kids = keep.kids  # ?rc kids child
del keep  # ?rc kids child
print(gc.collect())  # keep is still reachable through child.parent
