# Searching a tuple (in / index / count) holds no item while the item's __eq__ runs
# (tuplecontains compares the tuple's own reference); a list search holds each item.
class Color:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        mine = self  # ?rc self
        return isinstance(other, Color) and self.name == other.name

    __hash__ = None


class Size:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        mine = self  # ?rc self
        return isinstance(other, Size) and self.n == other.n

    __hash__ = None


palette = (Color("red"), Color("green"), Color("blue"))
blue = Color("blue")
found = blue in palette  # ?rc blue
where = palette.index(blue)  # ?rc blue
times = palette.count(blue)  # ?rc palette
sizes = [Size(1), Size(2)]
two = Size(2)
for _ in range(3):
    has = two in sizes  # ?rc two
    k = sizes.index(two)  # ?rc sizes
print(found, where, times, has, k)
