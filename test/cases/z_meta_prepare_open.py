# A metaclass with __prepare__ (the model does not run it): the class body's
# values may be kept anywhere by its __new__, so their counts stay open, but
# no exception is invented and the program is followed to its end.
import gc
import sys


class Recording(dict):
    pass


class OrderedMeta(type):
    seen = []

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recording()

    def __new__(mcs, name, bases, ns, **kw):
        keep = [v for k, v in ns.items() if not k.startswith("__")]
        mcs.seen.append(keep)
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = list(ns)
        return cls


class Shape(metaclass=OrderedMeta):
    sides = [3, 4]
    label = "shape label"

    def area(self):
        return 0.5


sides = Shape.sides  # ?rc sides
order = Shape.order  # ?rc order
shape = Shape()  # ?rc shape
area = shape.area()  # ?rc area
print(sys.getrefcount(Shape))
seen = OrderedMeta.seen  # ?rc seen
del shape
seen.clear()  # ?rc sides
del Shape
print(gc.collect())  # ?rc sides
