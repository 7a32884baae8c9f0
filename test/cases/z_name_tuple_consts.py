# Theme: constant tuples of names equal to a code object's own name tuples: co_names (the
# attribute and global names a function uses) and localsplusnames (its parameters and locals)
# are merged by the compiler like constants, so such a tuple is one object with them.
class Point:
    def __init__(self, px, py):
        self.px = px
        self.py = py


def add(x, y):
    return x + y


fields = ("px", "py")  # ?rc fields
params = ("x", "y")  # ?rc params
other = ("x", "z")  # ?rc other
p = Point(1, 2)
total = add(p.px, p.py)  # ?rc fields params
again = ("px", "py")  # ?rc again fields
