# Theme: sys.getrefcount on container members. Each slot of a list, tuple
# or dict value is one reference; a set or dict key adds one too, and
# building a container from another copies the references, not objects.
import sys


class Tag:
    def __init__(self, label):
        self.label = label

    def __hash__(self):
        return hash(self.label)


red = Tag("red tag")
blue = Tag("blue tag")
print(sys.getrefcount(red))
palette = [red, blue, red]
print(sys.getrefcount(red))
as_tuple = tuple(palette)  # ?rc red blue
unique = set(palette)  # ?rc red blue
print(sys.getrefcount(red))
lookup = {red: "warm!", blue: "cool!"}  # ?rc red
reverse = {"warm colour": red}  # ?rc red
print(sys.getrefcount(lookup[red]))
merged = palette + list(as_tuple)  # ?rc red blue
print(sys.getrefcount(blue))
counts = [sys.getrefcount(t) for t in palette]
total = sum(counts) + 0.5  # ?rc total
del merged  # ?rc red blue
unique.discard(red)  # ?rc red
lookup.pop(red)  # ?rc red
palette.remove(red)  # ?rc red palette
print(sys.getrefcount(red), sys.getrefcount(blue))
del as_tuple, reverse  # ?rc red blue
