# Literal and value patterns, OR patterns and guards: the subject is compared,
# only the matching case's names are bound; a failed guard keeps them bound.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Job:
    pass


def describe(code, job):
    match code:
        case 200 | 201:
            label = [job]  # ?rc job label
            return label
        case 404:
            return None
        case _:
            return [job, job]


j = Job()
r1 = describe(200, j)  # ?rc r1 j
r2 = describe(500, j)  # ?rc r2 j
del r1, r2

color = Color.RED
match color:
    case Color.GREEN:
        print("green")
    case Color.RED:
        picked = j  # ?rc j picked

payload = [j, j]
match payload:
    case [x, y] if x is not y:
        print("different")
    case [x, y]:
        same = x  # ?rc x y j payload same

value = 10 ** 6
match value:
    case 1000000 as big if big > 5:
        kept = big  # ?rc big value kept
    case -1:
        print("neg")
