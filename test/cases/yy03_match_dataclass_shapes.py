# Theme: match over frozen dataclasses with class patterns, keyword
# patterns, guards and an `as` capture; area results are fresh floats.
from dataclasses import dataclass


@dataclass(frozen=True)
class Circle:
    r: float


@dataclass(frozen=True)
class Rect:
    w: float
    h: float


def area(shape):
    match shape:
        case Circle(r=radius) if radius > 0:
            a = 3.14159 * radius * radius  # ?rc radius shape a
        case Rect(w, h) as box if w == h:
            a = w * w  # ?rc box shape w
        case Rect(w=w, h=h):
            a = w * h  # ?rc w h a
        case _:
            a = 0.0
    return a


side = 1.5 * 2  # ?rc side
c = Circle(side)  # ?rc c side
sq = Rect(side, side)  # ?rc sq side
rect = Rect(side, 4.5 * 2)  # ?rc rect side
shapes = [c, sq, rect]  # ?rc shapes c
areas = [area(s) for s in shapes]  # ?rc areas side
biggest = max(areas)  # ?rc biggest areas
del shapes  # ?rc c rect side
