# Theme: with statements written as plain classes: __exit__ that suppresses
# an exception, nested with, and __enter__ returning self.


class Guard:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.seen.append(kind)
        return kind is KeyError


class Data:
    pass


d = Data()  # ?rc d
g = Guard(d)  # ?rc d g
with g as same:
    inner = same  # ?rc g
    raise KeyError(d)
after = d  # ?rc d g same
with Guard(d) as g1, Guard(d) as g2:
    both = [g1, g2]  # ?rc d g1 g2 both
del both  # ?rc d g1 g2
with g:
    with Guard(d) as g3:
        deep = g3  # ?rc g g3 d
out = g3  # ?rc g3
try:
    with Guard(d) as g4:
        raise ValueError(d)
except ValueError:
    caught = d  # ?rc d g4
final = d  # ?rc d
