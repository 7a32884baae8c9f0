# Copying a nested menu tree whose nodes point back at their parent:
# copy.deepcopy keeps the cycles (and so needs the collector once dropped),
# a custom __copy__ makes shallow copies that share the children list.
import copy
import gc


class Node:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __copy__(self):
        twin = Node.__new__(Node)
        twin.label = self.label
        twin.parent = self.parent
        twin.children = self.children  # ?rc twin
        return twin


root = Node("main menu")  # ?rc root
files = Node("file menu", root)  # ?rc files root
edit = Node("edit menu", root)  # ?rc edit
save = Node("save as...", files)  # ?rc save files
kids = root.children  # ?rc kids

clone = copy.deepcopy(root)  # ?rc clone root
cfiles = clone.children[0]  # ?rc cfiles
csave = cfiles.children[0]  # ?rc csave
twin = copy.copy(files)  # ?rc twin files kids
shared = twin.children  # ?rc shared


def labels(node, depth=0):
    out = ["  " * depth + node.label]
    for child in node.children:
        out.extend(labels(child, depth + 1))  # ?rc child
    return out


outline = "\n".join(labels(clone))  # ?rc outline
del cfiles, csave
del clone  # ?rc outline
print(gc.collect())
del twin, shared  # ?rc files save
del root, files, edit, save, kids
print(gc.collect())
print(outline)
