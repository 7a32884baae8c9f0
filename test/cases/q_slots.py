# Application: geometry shapes stored in a __slots__ class hierarchy; some
# subclasses add __dict__ or __weakref__, and instances are grouped in lists.
import gc
import sys
import weakref


class Shape:
    __slots__ = ("name", "tags")

    def __init__(self, name):
        self.name = name
        self.tags = []


class Circle(Shape):
    __slots__ = ("radius",)

    def __init__(self, name, radius):
        super().__init__(name)
        self.radius = radius

    def area(self):
        return 3.14159 * self.radius * self.radius


class Rect(Shape):
    __slots__ = ("w", "h", "__weakref__")

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Labelled(Rect):
    pass


def biggest(shapes):
    best = None
    for s in shapes:
        if best is None or s.area() > best.area():
            best = s
    found = best  # ?rc found
    return found


c = Circle("round one", 2.5)  # ?rc c
r = Rect("box shape", 3.0, 4.5)  # ?rc r
lab = Labelled("label box", 1.5, 1.5)  # ?rc lab
lab.note = "extra attribute!"  # ?rc lab
note = lab.note  # ?rc note
wr = weakref.ref(r)  # ?rc r wr
shapes = [c, r, lab]  # ?rc shapes c r
top = biggest(shapes)  # ?rc top r
area = top.area()  # ?rc area
name = c.name  # ?rc name
c.tags.append(c)  # ?rc c
r.tags.append(shapes)  # ?rc shapes
print(sys.getrefcount(c), sys.getrefcount(lab))
del c
print(gc.collect())
shapes.remove(lab)  # ?rc lab
del shapes, top  # ?rc r
del r  # ?rc wr
print(gc.collect(), wr() is None)
lab.tags.append(lab.__dict__)  # ?rc lab
del lab, note
print(gc.collect())
