# Deep-copying a scene graph with shared sub-objects and cycles (copy.deepcopy memo).
import copy
import gc


class Material:
    def __init__(self, name, color):
        self.name = name
        self.color = color


class Node:
    def __init__(self, label, material):
        self.label = label
        self.material = material
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self  # ?rc self
        self.children.append(child)  # ?rc child


steel = Material("brushed steel", [0.5, 0.5, 0.6])  # ?rc steel
root = Node("scene root", steel)  # ?rc root steel
a = Node("arm left", steel)  # ?rc a
b = Node("arm right", steel)  # ?rc b steel
root.add(a)
root.add(b)  # ?rc root a b
pair = [steel, steel]  # ?rc steel pair
snap = copy.deepcopy(root)  # ?rc snap root steel
sa = snap.children[0]  # ?rc sa
sm = sa.material  # ?rc sm
memo = {}
c1 = copy.deepcopy(pair, memo)  # ?rc c1 steel memo
c2 = copy.deepcopy(steel, memo)  # ?rc c2 c1
same = c1[0] is c2
memo.clear()  # ?rc c2
shallow = copy.copy(root)  # ?rc shallow root
kids = shallow.children  # ?rc kids
del kids
del shallow
del snap, sa  # ?rc sm
del sm
n1 = gc.collect()
del root, a, b
n2 = gc.collect()
del c1, c2, memo
n3 = gc.collect()
print(same, n1, n2, n3)
