# Class patterns: isinstance, then attributes fetched by name (positional
# ones through __match_args__); captured attributes hold new references.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Box:
    w: object
    h: object


xs = [1.5]
ys = [2.5]
pt = Point(xs, ys)  # ?rc pt xs ys

match pt:
    case Box(w, h):
        print("box")
    case Point(0, 0):
        print("origin")
    case Point(px, y=py):
        both = (px, py)  # ?rc px py xs ys both pt

width = [3.0]
box = Box(width, [4.0])  # ?rc box width

match box:
    case Point():
        print("point")
    case Box(w=bw) as whole:
        got = bw  # ?rc bw width whole box got

match box:
    case Box(ww, hh):
        area = len(ww) * len(hh)  # ?rc ww hh width box

match [xs, ys]:
    case list([*all_items]):
        n = all_items  # ?rc all_items xs ys n

match xs:
    case list(same):
        ref = same  # ?rc same xs ref
