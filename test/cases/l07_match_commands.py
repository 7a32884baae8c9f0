# Course exercise: a tiny command interpreter using match statements with
# class patterns, mapping patterns, sequence patterns and guards.
import gc
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Move:
    target: Point
    speed: float


def handle(cmd, log):
    match cmd:
        case Move(target=Point(x=x, y=y), speed=speed) if speed > 0:
            entry = ("move to", x, y)  # ?rc entry cmd
            log.append(entry)
        case Point(x=0.0, y=y):
            log.append(("on axis", y))
        case {"action": "say", "text": str(text), **rest}:
            msg = text.upper()  # ?rc msg rest
            log.append(msg)
        case ["batch", *subcommands]:
            for sub in subcommands:
                handle(sub, log)  # ?rc subcommands
        case _:
            log.append("unknown command!")


log = []  # ?rc log
target = Point(3.5, 4.5)  # ?rc target
mv = Move(target, 1.25)  # ?rc mv target
handle(mv, log)  # ?rc mv target log
handle(Point(0.0, 7.5), log)
request = {"action": "say", "text": "hello there", "volume": 11}  # ?rc request
handle(request, log)  # ?rc request
batch = ["batch", mv, {"action": "say", "text": "bye now"}, 42]  # ?rc batch mv
handle(batch, log)  # ?rc batch mv
first_entry = log[0]  # ?rc first_entry


def classify(value):
    match value:
        case [a, b]:
            pair = [b, a]  # ?rc pair
            return pair
        case {"x": Point() as p}:
            return p
        case Point(x=px) if px > 3:
            return "far point!"
        case _:
            return None


swapped = classify([target, mv])  # ?rc swapped target mv
found = classify({"x": target})  # ?rc found target
far = classify(target)  # ?rc far
nothing = classify(3.25)
del swapped, found  # ?rc target
mv.target = mv
del mv, batch
print(gc.collect())
print(log, far, nothing)  # ?rc log target first_entry
