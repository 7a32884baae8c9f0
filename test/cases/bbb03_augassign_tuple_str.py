# Theme: augmented assignment on immutable values. `t += (x,)` and `s += "..."`
# build a new object and rebind the name; aliases keep the old one. A tuple
# stored in a list is replaced through the item, not changed.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


origin = Point(0.0, 0.0)  # ?rc origin
path = (origin,)  # ?rc origin path
saved = path  # ?rc path
path += (Point(1.0, 2.0),)  # ?rc path saved
path += path  # ?rc path origin

routes = [saved, saved]  # ?rc saved
routes[0] += (origin,)  # ?rc saved origin
extended = routes[0]  # ?rc extended

label = "route #"
old_label = label
label += str(len(path))  # ?rc label old_label
for i in range(3):
    label += "-"  # ?rc label


def grow(t, s):
    t += (origin, origin)  # ?rc t
    s += " (grown)"  # ?rc s
    return t, s


result = grow(saved, label)  # ?rc saved result origin
grown, grown_label = result  # ?rc grown grown_label
del result  # ?rc grown
del routes, extended  # ?rc saved origin
print(len(grown), grown_label)
