# When match releases things: the subject is off the stack before the body
# runs, a temporary subject dies there (its __del__ runs first), attributes
# fetched by a class pattern and not captured are dropped at once.
import sys

log = []


class Temp:
    def __del__(self):
        log.append("del")


class Shape:
    __match_args__ = ("area", "name")

    def __init__(self, name):
        self.name = name

    @property
    def area(self):
        return [2.5]


def make():
    return Temp()


match make():
    case Temp():
        n = len(log)  # ?rc log
        done = log[:]  # ?rc done

payload = ["not an id!", 1.5 * 2]
match payload:
    case [label, num]:
        rc = sys.getrefcount(payload)
        kept = label  # ?rc payload label num kept

s = Shape(["circle"])
match s:
    case Shape(area, name):
        here = area  # ?rc area here name s

match s:
    case Shape(_, name=[only]):
        w = only  # ?rc only w s


def classify(obj, extra):
    match obj:
        case [head, *tail]:
            res = (head, tail, extra)  # ?rc head tail extra obj res
            return res
        case {"key": val}:
            return val
    return None


big = [1.5 * 3, 2.5 * 3]
out = classify(big, big)  # ?rc out big
del out
d = {"key": [9.5]}
got = classify(d, d)  # ?rc got d

total = []
for item in [[1.5 * 1], [2.5 * 1], [3.5 * 1]]:
    match item:
        case [v]:
            total.append(v)  # ?rc v item total
