# Who else holds the arguments while a callee runs: a class called with
# keywords (slot_tp_init unpacks them into a new array), a bound method called
# with *args / **kwargs (PyObject_Call keeps the tuple, the dict and an
# unpacked copy, in every version), and __init_subclass__ (called through a
# bound classmethod that holds the new class).
class Shape:
    def __init__(self, r, color=None):
        self.r = r  # ?rc r color


rad = [2.5]  # ?rc rad
red = [1.5]  # ?rc red
s1 = Shape(rad, color=red)  # ?rc s1 rad red
s2 = Shape(rad, red)  # ?rc s2 rad red


def plain(*vals, color=None):
    v = vals[0]  # ?rc v color


class Widget:
    def push(self, *vals, color=None):
        v = vals[0]  # ?rc v color


big = [1.5 * 7]  # ?rc big
kw = {"color": [2.5]}
plain(*big, **kw)
w = Widget()
w.push(*big, **kw)
w.push(*big)
registry = []


class Base:
    def __init_subclass__(cls):
        seen = cls  # ?rc cls
        registry.append(cls)  # ?rc cls


class Child(Base):
    pass


x = Child  # ?rc Child
print(len(registry), s1.r is s2.r)
