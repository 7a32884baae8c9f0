# Theme: class attributes shared by instances and instance attributes shadowing them.
class Shape:
    registry = {}
    default = [0.5]

    def __init__(self, name):
        self.name = name
        Shape.registry[name] = self

    def rename(self, name):
        del Shape.registry[self.name]
        self.name = name
        Shape.registry[name] = self

d = Shape.default  # ?rc d
s = Shape("sq")  # ?rc s d
s.default = [1.5]  # ?rc d
s.rename("square")  # ?rc s
t = Shape("tri")  # ?rc t
del s  # ?rc t
Shape.registry.clear()  # ?rc t
