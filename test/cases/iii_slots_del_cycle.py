# Theme: __slots__ classes with a __del__ linked in a cycle; slots are
# traversed like attributes, the finalizer runs during collection.
import gc

gone = []


class SNode:
    __slots__ = ("nxt", "label")

    def __init__(self, label):
        self.label = label
        self.nxt = None

    def __del__(self):
        gone.append(self.label)


lab = ["label one"]  # ?rc lab
n1 = SNode(lab)  # ?rc n1 lab
n2 = SNode("label two!")
n1.nxt = n2
n2.nxt = n1  # ?rc n1 n2
del n1, n2  # ?rc lab
print(gc.collect())  # just the two slotted nodes
print(len(gone))
back = gone[0] if gone[0] is lab else gone[1]  # ?rc back lab
gone.clear()  # ?rc lab
