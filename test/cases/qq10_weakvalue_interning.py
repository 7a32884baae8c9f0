# Theme: an interning table for immutable value objects built on
# WeakValueDictionary.setdefault: equal values share one canonical instance,
# which disappears from the table when nobody uses it any more.
import gc
import weakref


class Color:
    __slots__ = ("rgb", "__weakref__")

    def __init__(self, rgb):
        self.rgb = rgb


_table = weakref.WeakValueDictionary()


def color(r, g, b):
    key = (r, g, b)
    fresh = Color(key)
    canon = _table.setdefault(key, fresh)  # ?rc canon
    return canon


table = _table  # ?rc table
red = color(255, 0, 0)  # ?rc red
red2 = color(255, 0, 0)  # ?rc red red2
print(red is red2, len(table))
rgb = red.rgb  # ?rc rgb
blue = color(0, 0, 255)  # ?rc blue
pal = [red, blue, red2]  # ?rc red blue pal
del pal  # ?rc red blue
del red, red2  # ?rc rgb
print(len(table))
wr = weakref.ref(blue)  # ?rc blue wr
vrefs = table.valuerefs()  # ?rc vrefs wr
same = vrefs[0] is wr
del vrefs  # ?rc wr
print(same)
got = table[(0, 0, 255)]  # ?rc got blue
del got, blue  # ?rc wr
print(len(table), wr())
green = color(0, 128, 0)
green.rgb = (green, 1.5)  # ?rc green -- the value refers to itself
del green
print(len(table), gc.collect(), len(table))
