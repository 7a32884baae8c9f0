# Theme: a generator builds a parent/child tree inside try/finally; the
# children point back at their parent, so the tree is a cycle once dropped.
import gc


class Node:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build(spec):
    root = Node("root node!")  # ?rc root
    made = []
    try:
        for depth in spec:
            parent = made[-1] if made else root
            child = Node(depth * 1.5, parent)  # ?rc child
            made.append(child)
            yield child
    finally:
        closing = root  # ?rc root closing
        made.clear()


gc.collect()
gen = build([1, 2, 3])
first = next(gen)  # ?rc first
second = next(gen)  # ?rc first second
gen.close()  # ?rc first second
top = first.parent  # ?rc top first
del gen
print(gc.collect())  # nothing: the tree is still reachable
del first, second, top
print(gc.collect())  # root + 2 children + their children lists
gen2 = build([4, 5])
only = next(gen2)  # ?rc only
del gen2  # ?rc only -- closing the generator ran the finally block
up = only.parent  # ?rc up only
del only, up
print(gc.collect())
