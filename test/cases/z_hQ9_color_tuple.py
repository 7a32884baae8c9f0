# Theme: a colour palette for a drawing lesson: RGB(tuple) with
# __slots__ = (), a validating __new__ through tuple.__new__, its own
# __repr__ and __str__, properties for the channels, a blend method, and
# colours printed, formatted into labels, logged and kept in a palette.
import gc


class RGB(tuple):
    __slots__ = ()

    def __new__(cls, r, g, b):
        for c in (r, g, b):
            if not 0 <= c <= 255:
                raise ValueError("channel out of range")
        return tuple.__new__(cls, (r, g, b))

    def __repr__(self):
        return "RGB(%d, %d, %d)" % self

    def __str__(self):
        return "#%02x%02x%02x" % self

    @property
    def red(self):
        return self[0]

    def blend(self, other):
        return RGB(*[(a + b) // 2 for a, b in zip(self, other)])


seen = []


def show(color):
    seen.append(color)
    return "%s %r" % (color, color)


red = RGB(255, 0, 0)  # ?rc red
blue = RGB(0, 0, 255)  # ?rc blue
purple = red.blend(blue)  # ?rc purple red blue
text = show(purple)  # ?rc text purple
label = f"{red} -> {blue}"  # ?rc red blue label
print(purple)  # ?rc purple
palette = {"warm": red, "cool": blue, "mix": purple}  # ?rc red blue purple
listing = repr(list(palette.values()))  # ?rc listing purple
try:
    bad = RGB(300, 0, 0)
except ValueError as exc:
    problem = exc  # ?rc problem
del problem
r = purple.red  # ?rc purple
del seen[:]  # ?rc purple
del palette, purple  # ?rc red blue
print(gc.collect())
