# A descriptor's own count while its __get__ / __set__ / __delete__ run: the generic attribute
# lookup takes a reference of its own to the descriptor it found in the class (3.11-3.13).
class Validated:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
        self.name = None

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        me = self  # ?rc self
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        me = self  # ?rc self
        if not (self.lo <= value <= self.hi):
            raise ValueError(value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        me = self  # ?rc self
        delattr(obj, self.name)


class Reading:
    celsius = Validated(-50, 60)

    def __init__(self, c):
        self.celsius = c


def main():
    r = Reading(21)
    total = 0
    for step in (1, 2, 3):
        r.celsius = r.celsius + step
        total += r.celsius
    d = Reading.celsius  # ?rc d
    del r.celsius
    return total


main()
