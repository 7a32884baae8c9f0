# Theme: constructing instances in loops. From its second run, a 3.13 call site
# `Cls(x)` moves the caller's argument references straight into __init__'s frame,
# but only for classes whose type is `type`, with object's __new__, a layout that
# keeps a __dict__ (no slot members), and an __init__ taking exactly the
# positional arguments passed. Everything else keeps the argument tuple alive.
import abc


class Node:
    def __init__(self, value):
        self.value = value  # ?rc value


class Compact:
    __slots__ = ("value",)


class Leaf(Compact):
    def __init__(self, value):
        self.value = value  # ?rc value


class Weakable:
    __slots__ = ("__dict__", "__weakref__")

    def __init__(self, value):
        self.value = value  # ?rc value


class Shape(abc.ABC):
    def __init__(self, value):
        self.value = value  # ?rc value


class Options:
    def __init__(self, value, scale=1.0):
        self.value = value  # ?rc value
        self.scale = scale


class Items(list):
    def __init__(self, value):
        self.value = value  # ?rc value


payload = [0.5, 1.5]  # ?rc payload
made = []
for _ in range(3):
    made.append(Node(payload))
for _ in range(3):
    made.append(Leaf(payload))
for _ in range(3):
    made.append(Weakable(payload))
for _ in range(3):
    made.append(Shape(payload))
for _ in range(3):
    made.append(Options(payload))
for _ in range(3):
    made.append(Items(payload))
count = len(made)  # ?rc payload
made.clear()  # ?rc payload
