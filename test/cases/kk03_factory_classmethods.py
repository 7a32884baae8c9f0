# Theme: alternative constructors. Classmethods that parse text or copy a dict
# before calling cls(...), a subclass inheriting them, and a factory function
# that picks a class from a registry dict.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def from_string(cls, text):
        xs, ys = text.split(",")
        return cls(float(xs), float(ys))

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @classmethod
    def origin(cls):
        return cls(0.0, 0.0)


class Point3(Point):
    z = 0.0


pair = (1.25, 2.75)  # ?rc pair
p = Point.from_pair(pair)  # ?rc p pair
px = p.x  # ?rc px
q = Point3.from_string("3.5,4.5")  # ?rc q
qy = q.y  # ?rc qy
o = Point3.origin()  # ?rc o
ox = o.x  # ?rc ox


def make_shape(kind, *args):
    cls = SHAPES[kind]
    return cls(*args)


class Circle:
    def __init__(self, radius):
        self.radius = radius


class Square:
    def __init__(self, side):
        self.side = side


SHAPES = {"circle": Circle, "square": Square}
r = 1.5 * 3  # ?rc r
shapes = [make_shape("circle", r), make_shape("square", r)]  # ?rc r shapes
c = shapes[0]  # ?rc c Circle
del shapes  # ?rc c r
