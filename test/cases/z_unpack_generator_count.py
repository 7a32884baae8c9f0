# Theme: unpacking a generator that yields too many or too few values raises ValueError: CPython
# pulls one item more than the targets, lets go of the items taken, and leaves the generator where
# that step left it (suspended after its extra yield, closed when nothing else holds it).
import sys


class Box:
    pass


red = Box()
green = Box()
blue = Box()
log = []


def colours(count):
    try:
        for c in [red, green, blue][:count]:
            yield c
            log.append("resumed")
    finally:
        log.append("closed")


try:
    first, second = colours(3)
except ValueError as err:
    held = [red, green, blue]           # ?rc red green blue held
    text = str(err)
print(text, log)
after = red                             # ?rc red green blue
del held, after

gen = colours(3)
try:
    first, second = gen
except ValueError:
    paused = len(log)                   # ?rc red green blue gen
print(paused, log)
leftover = list(gen)                    # ?rc red green blue leftover
del leftover

try:
    one, two, three = colours(2)
except ValueError:
    short = Box()                       # ?rc red green blue short
print(log)

try:
    head, *middle, tail = colours(1)
except ValueError:
    starred = [red]                     # ?rc red green blue starred

pair = iter([green, blue, red])
try:
    x, y = pair
except ValueError:
    rest = list(pair)                   # ?rc red green blue rest
good, fine = colours(2)                 # ?rc red green blue good fine
print(sys.getrefcount(red), sys.getrefcount(blue), log)
