# Theme: class attributes vs instance attributes, inheritance with
# super().__init__, and properties computing values on access.

import gc

class Shape:
    registry = []
    unit = [1.5, 2.5]

    def __init__(self, name):
        self.name = name
        Shape.registry.append(self)  # ?rc self


class Box(Shape):
    def __init__(self, name, size):
        super().__init__(name)  # ?rc self
        self.size = size  # ?rc size

    @property
    def area(self):
        return self.size * self.size

    @property
    def twin(self):
        return self.unit


label = "box label!"  # ?rc label
dims = 10 ** 6  # ?rc dims
s = Shape(label)  # ?rc s label
b = Box(label, dims)  # ?rc b label dims
u = b.twin  # ?rc u
b.unit = [3.5]  # ?rc u
mine = b.unit  # ?rc mine
del b.unit  # ?rc mine u
ar = b.area  # ?rc ar
reg = Shape.registry  # ?rc reg s b
Shape.registry = []  # ?rc reg
del reg  # ?rc s b
for shape in (s, b):
    nm = shape.name  # ?rc nm
b2 = b  # ?rc b
del b, b2  # ?rc dims label


def make_kind(base):
    class Kind(base):
        def size_of(self):
            return self.size
    return Kind


K = make_kind(Box)  # ?rc K
kb = K("kind box!", dims)  # ?rc kb dims K
meth = kb.size_of  # ?rc kb meth
del meth, kb  # ?rc K dims
del K
print(gc.collect())  # the class, its method, its mro tuple, ...
