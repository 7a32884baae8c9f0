# Theme: `del` removes a name, not an object. A node linked back to its parent
# survives `del` of every name until gc.collect() finds the cycle; removing
# the back-link first lets reference counting free it at once.
import gc
import sys


class TreeNode:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = TreeNode("root node")  # ?rc root
kid = TreeNode("kid node", root)  # ?rc kid
leaf = TreeNode("leaf node", kid)  # ?rc kid leaf
kids = root.children  # ?rc kids
print("root refs:", sys.getrefcount(root))
del kid  # ?rc leaf kids
del root  # ?rc kids
gone = gc.collect()  # -- nothing yet: leaf is still named
leaf.parent = None  # ?rc leaf
del leaf  # ?rc kids
freed = gc.collect()  # -- leaf is still in kid.children, in the cycle


def build_chain(n):
    head = TreeNode("chain head")
    cur = head
    for i in range(n):
        cur = TreeNode("chain link", cur)  # ?rc cur head
    return head


chain = build_chain(3)  # ?rc chain
del chain.children[:]  # ?rc chain
print("after cutting:", gc.collect())
chain2 = build_chain(2)  # ?rc chain2
mid = chain2.children[0]  # ?rc mid
del chain2  # ?rc mid
print("cyclic:", gc.collect())
mid.parent = None  # ?rc mid
del kids  # -- nothing refers to mid's list of children besides mid
print("last:", gc.collect(), sys.getrefcount(mid))
