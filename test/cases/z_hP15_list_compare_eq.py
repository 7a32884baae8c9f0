# A point's __eq__ / __lt__ while lists of points are compared: list_richcompare holds both items
# while it asks whether they are equal (and, on 3.13, while the deciding pair is ordered); tuples
# hold nothing.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        me = self  # ?rc self
        them = other  # ?rc other
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        me = self  # ?rc self
        return (self.x, self.y) < (other.x, other.y)

    __hash__ = None


def same_path(a, b):
    return a == b


def main():
    start, end = Point(0, 0), Point(3, 4)
    route = [start, end]
    copy = [Point(0, 0), Point(3, 4)]
    eq = same_path(route, copy)  # ?rc start
    pair_eq = (start, 1) == (copy[0], 1)  # ?rc start
    before = [end] < [Point(5, 5)]  # ?rc end
    return eq, pair_eq, before


main()
