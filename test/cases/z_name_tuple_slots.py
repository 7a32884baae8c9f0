# Theme: a __slots__ tuple and a later tuple of the same field names: the __init__ that stores
# them has co_names ('name', 'age'), which the compiler's constant cache may make the same tuple.
class Person:
    __slots__ = ("name", "age")

    def __init__(self, name, age):
        self.name = name
        self.age = age


keys = ("name", "age")  # ?rc keys
ann = Person("ann", 31)
row = tuple(getattr(ann, k) for k in keys)  # ?rc keys row
other = ("age", "name")  # ?rc other
