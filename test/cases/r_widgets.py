# A tree of UI widgets with parent pointers. Every child refers back to its
# parent, so dropping the root leaves cycles only the collector frees.
import gc
import sys


class Widget:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent  # ?rc self
        self.children = []
        if parent is not None:
            parent.children.append(self)  # ?rc parent

    def walk(self, depth=0):
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


class Button(Widget):
    def __init__(self, name, parent, label):
        super().__init__(name, parent)
        self.label = label  # ?rc label


gc.collect()
root = Widget("root window")  # ?rc root
panel = Widget("side panel", root)  # ?rc root panel
toolbar = Widget("tool bar", root)  # ?rc root toolbar
caption = "Save file now"  # ?rc caption
ok = Button("ok", panel, caption)  # ?rc panel ok caption
cancel = Button("cancel", panel, caption)  # ?rc panel cancel caption
kids = root.children  # ?rc kids panel
names = []
for depth, w in root.walk():
    names.append("  " * depth + w.name)  # ?rc w
del depth, w  # ?rc root cancel
print(sys.getrefcount(panel))
count = len(names)  # ?rc names
del kids
print(gc.collect())  # nothing: root still named
del ok, cancel, panel, toolbar  # ?rc root caption
print(gc.collect())  # nothing: the tree hangs off root
del root
print(gc.collect())  # five widgets and their five child lists
after = caption  # ?rc caption
