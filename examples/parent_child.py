# A tree whose children point back at their parent: every child closes a cycle.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        self.children.append(child)
        child.parent = self
        return child


root = Node("root")
left = root.add(Node("left"))
right = root.add(Node("right"))
del left, right
del root
print(gc.collect())
