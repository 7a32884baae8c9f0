# Theme: classes ABCMeta made, freed by gc.collect(): each brings its _abc_impl and its
# __abstractmethods__ frozenset (and makes its __dict__ tracked); isinstance / issubclass of a
# subclass put a weak reference with a callback in the ABC's cache, freed when the subclass goes.
import abc
import gc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    def describe(self):
        return "%s of area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Marker(Shape):
    pass


gc.collect()
names = Marker.__abstractmethods__  # ?rc names
del Marker, names
n1 = gc.collect()  # ?rc n1


class Circle(Shape):
    def area(self):
        return 3


c = Circle()
ok = isinstance(c, (int, Shape))  # ?rc c
text = c.describe()
del c, Circle
n2 = gc.collect()  # ?rc n2


class Tri(Shape, metaclass=abc.ABCMeta):
    def area(self):
        return 1


yes = issubclass(Tri, Shape)  # ?rc yes
del Tri
n3 = gc.collect()  # ?rc n3
sq = Square(2)
match sq:
    case Shape():
        kind = "shape"  # ?rc kind
    case _:
        kind = "other"
Temp = type("Temp", (Square,), {"side": 5})
del Temp
n4 = gc.collect()  # ?rc n4
