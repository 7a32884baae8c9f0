# Comparing two dicts (dict_equal) holds the key and both values while the values' __eq__ runs.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        a = self  # ?rc self
        b = other  # ?rc other
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = None


def same_layout(left, right):
    return left == right


home = {"origin": Point(0, 0)}
copy = {"origin": Point(0, 0)}
print(home == copy)  # ?rc home
for _ in range(2):
    ok = same_layout(home, copy)  # ?rc copy
ns_a = Point(1, 2)
ns_b = Point(1, 2)
print(ns_a == ns_b)  # ?rc ns_a
