# Theme: properties, classmethods and staticmethods and the objects they return.
class Box:
    registry = []

    def __init__(self, value):
        self._value = value
        Box.registry.append(self)

    @property
    def value(self):
        return self._value

    @classmethod
    def make(cls, value):
        return cls(value)

    @staticmethod
    def twice(x):
        return [x, x]

v = [2.5]  # ?rc v
b1 = Box(v)  # ?rc v b1
got = b1.value  # ?rc v got b1
b2 = Box.make(v)  # ?rc v b2
pair = Box.twice(v)  # ?rc v pair
del pair  # ?rc v
Box.registry.clear()  # ?rc b1 b2
del b1  # ?rc v got
del got  # ?rc v
