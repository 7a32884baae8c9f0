# Theme: copying __slots__ objects: copy.copy and copy.deepcopy of a slotted
# instance make a new instance whose slots hold the same (or copied) values;
# copyreg caches the class's __slotnames__; an unset slot stays unset.
import copy
import gc


class Tag:
    pass


class Point:
    __slots__ = ("x", "y", "label")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Labeled(Point):
    __slots__ = ("tags",)


t = Tag()  # ?rc t
p = Point(t, [1, 2])  # ?rc t p
p.label = "origin"
q = copy.copy(p)  # ?rc t p q
ys = q.y  # ?rc ys
names = Point.__slotnames__  # ?rc names
d = copy.deepcopy(p)  # ?rc t d
dy = d.y  # ?rc dy ys
lab = Labeled(t, ys)  # ?rc t ys lab
lab.tags = {"k": t}
lab2 = copy.copy(lab)  # ?rc t ys lab2
tags = lab2.tags  # ?rc tags
lab3 = copy.deepcopy(lab)  # ?rc t tags
del q, d, lab2, lab3  # ?rc t ys tags
print(gc.collect(), len(names))
