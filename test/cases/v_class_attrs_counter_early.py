# Theme: class-level attributes and classmethods/staticmethods: a registry
# on the class, instances counted in a class attribute, a method called in a
# loop that returns early, and the class deleted at the end.
import gc
import sys


class Widget:
    instances = []
    count = 0

    def __init__(self, size):
        self.size = size
        Widget.instances.append(self)  # ?rc self
        type(self).count += 1

    @classmethod
    def biggest(cls):
        best = None
        for w in cls.instances:
            if best is None or w.size > best.size:
                best = w  # ?rc w
        return best

    @staticmethod
    def find(items, size):
        for it in items:
            if it.size == size:
                return it
        return None


reg = Widget.instances  # ?rc reg
ws = [Widget(1.5 * k) for k in range(1, 4)]  # ?rc ws reg
top = Widget.biggest()  # ?rc top
hit = Widget.find(ws, 3.0)  # ?rc hit
miss = Widget.find(ws, 99.5)  # ?rc ws
print(sys.getrefcount(Widget))
bm = Widget.biggest  # ?rc bm Widget
del bm  # ?rc Widget
del ws, top, hit  # ?rc reg
reg.clear()
del Widget
print(gc.collect())  # the class: mro tuple, dict, descriptors, functions...
