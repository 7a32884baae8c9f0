# match statements with class patterns: captured subobjects are bound to
# names in the current scope and stay bound after the match.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


p1 = Point(1.5, 2.5)  # ?rc p1
p2 = Point(3.5, 4.5)
ln = Line(p1, p2)  # ?rc ln p1
match ln:
    case Line(Point(x=sx) as s, e):
        found = s  # ?rc p1 s e found
    case _:
        found = None
gx = sx  # ?rc gx
shapes = [p1, ln]  # ?rc shapes
for sh in shapes:
    match sh:
        case Point(a, b):
            hit = sh  # ?rc hit
        case Line(start=st):
            hit = st  # ?rc st
del shapes  # ?rc p1 ln
del ln, e  # ?rc p2
