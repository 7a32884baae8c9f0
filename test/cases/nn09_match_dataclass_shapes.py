# Theme: structural pattern matching over dataclasses. Dataclasses generate
# __match_args__, so positional class patterns capture fields; captures are
# ordinary local bindings that keep the matched values alive.
from dataclasses import dataclass


@dataclass
class Circle:
    center: tuple
    radius: float


@dataclass
class Rect:
    corner: tuple
    size: tuple


@dataclass
class Group:
    members: list


def describe(shape, out):
    match shape:
        case Circle(c, r) if r > 1:
            out.append(("big circle", c))  # ?rc c
        case Circle(center=c):
            out.append(("circle", c))  # ?rc c
        case Rect(corner, (w, h)):
            area = w * h  # ?rc corner area
            out.append(("rect", corner, area))
        case Group([first, *rest]):
            out.append(("group", first))  # ?rc first rest
            for m in [first, *rest]:
                describe(m, out)
    return out


origin = (0.5, 0.5)  # ?rc origin
c1 = Circle(origin, 2.5 * 1)  # ?rc c1 origin
c2 = Circle(origin, 0.5 * 1)  # ?rc origin
r1 = Rect(origin, (3.5, 1.5))  # ?rc r1 origin
g = Group([c1, c2, r1])  # ?rc g c1 r1
log = describe(g, [])  # ?rc log origin c1
del g  # ?rc c1 r1
log2 = describe(r1, [])  # ?rc log2 origin
del log, log2  # ?rc origin
