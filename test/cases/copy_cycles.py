# deepcopy of object graphs with back references, and copies the model
# must leave honest: classes with their own __copy__, slots, list subclasses.
import copy
import gc
from dataclasses import dataclass, field


class Parent:
    def __init__(self):
        self.children = []


class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)


class Custom:
    def __init__(self):
        self.data = [1, 2]

    def __copy__(self):
        return Custom()


class Slim:
    __slots__ = ("a",)

    def __init__(self):
        self.a = [3]


class MyList(list):
    pass


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


gc.collect()
p = Parent()
c1 = Child(p)
c2 = Child(p)  # ?rc p c1 c2
p2 = copy.deepcopy(p)  # ?rc p p2 c1 c2
kids2 = p2.children  # ?rc kids2
first = kids2[0]  # ?rc first
back = first.parent  # ?rc back p2
del back, first, kids2
del p2
print(gc.collect())  # the copied family: instances, their dicts, the list

cu = Custom()  # ?rc cu
cu2 = copy.copy(cu)  # ?rc cu cu2
sl = Slim()
sl2 = copy.copy(sl)  # ?rc sl sl2
ml = MyList([1, 2])
ml2 = copy.copy(ml)  # ?rc ml ml2

pt = Point(1, 2, ["a"])  # ?rc pt
pt2 = copy.copy(pt)  # ?rc pt pt2
pt3 = copy.deepcopy(pt)  # ?rc pt pt3
tags = pt.tags  # ?rc tags
tags3 = pt3.tags  # ?rc tags3

table = {(1, 2): [p], "self": None}
table["self"] = table  # ?rc table p
table2 = copy.deepcopy(table)  # ?rc table table2 p
keyed = copy.copy(table)  # ?rc table keyed
del table, table2, keyed
print(gc.collect())
