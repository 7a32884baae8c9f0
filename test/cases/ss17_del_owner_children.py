# Theme: __del__ on a parent that owns children holding strong back-links.
# The parent-child cycle is only freed by the collector; the finalizer sees
# the children still attached and records how many it had.
import gc

deaths = []


class Parent:
    def __init__(self, tag):
        self.tag = tag
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __del__(self):
        deaths.append((self.tag, len(self.children)))


class Child:
    def __init__(self, weight):
        self.weight = weight


p = Parent("root node")  # ?rc p
c1 = p.add(Child(1.5))  # ?rc p c1
c2 = p.add(Child(2.5))  # ?rc p c2
kids = p.children  # ?rc kids
del p  # ?rc kids c1
print(len(deaths), gc.collect())  # nothing: c1/c2 keep the parent alive
back = c1.parent  # ?rc back
del back  # ?rc c1
del c1, c2, kids
n = gc.collect()  # ?rc deaths
entry = deaths[0]  # ?rc entry
lone = Parent("lonely one")  # ?rc lone
del lone  # ?rc deaths
print(gc.collect())
