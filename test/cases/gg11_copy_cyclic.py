# Theme: copy vs deepcopy of cyclic structures. A shallow copy shares the
# children (and their back-pointers to the original); deepcopy's memo makes
# the copy's cycle point at the copy. Both copies become cyclic garbage.
import copy
import gc
import sys


class Folder:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


gc.collect()
root = Folder("root dir")
docs = Folder("docs dir", root)  # ?rc root
shallow = copy.copy(root)  # ?rc root docs
print(shallow.children is root.children, docs.parent is root)
kids = shallow.children
del kids
deep = copy.deepcopy(root)  # ?rc deep root docs
ddocs = deep.children[0]  # ?rc ddocs deep
print(ddocs.parent is deep, ddocs is docs)
del ddocs
del deep  # ?rc root
print(gc.collect())  # deep copy: 2 Folders + 2 children lists
del shallow  # ?rc root docs
print(gc.collect())  # shallow copy shares the list: freed by count
ring = [1.5]
ring.append(ring)
pair = (ring, [ring])  # ?rc ring pair
dpair = copy.deepcopy(pair)  # ?rc ring pair dpair
inner = dpair[0]  # ?rc inner
print(inner is dpair[1][0], inner[1] is inner, sys.getrefcount(inner))
del inner, dpair
print(gc.collect())
cpair = copy.copy(pair)  # ?rc pair cpair
del root, docs
print(gc.collect())
