# Theme: functions and methods returning the same constant. The compiler merges
# equal co_consts tuples file-wide, so plain defs whose only constant is the same
# share one tuple: the constant has one code holder however many defs use it.


def greeting():
    return "hello there"


def greeting_again():
    text = "hello there"
    return text


class Shape:
    def unit(self):
        return 2.5


class Circle(Shape):
    def unit(self):
        if self is None:
            raise ValueError(self)
        return 2.5


def sides():
    return ("left", "right")


def sides_again():
    pair = ("left", "right")
    return pair


g = greeting()  # ?rc g
g2 = greeting_again()  # ?rc g g2
del greeting  # ?rc g -- the module's code object still holds greeting's code
u = Shape().unit()  # ?rc u
u2 = Circle().unit()  # ?rc u u2
units = [Circle().unit() for _ in range(3)]  # ?rc u
units.clear()  # ?rc u
s = sides()  # ?rc s
s2 = sides_again()  # ?rc s s2
del g2, u2, s2  # ?rc g u s
