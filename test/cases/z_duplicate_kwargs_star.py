# Theme: a keyword given twice through ** unpacking (f(**d, a=1), f(a=1, **d), f(**d1, **d2))
# raises TypeError in the caller while the keyword dict is merged, for any callee.
import sys


class Box:
    pass


def build(**parts):
    return parts


def pair(left, right):
    return [left, right]


first = Box()
second = Box()
base = {"left": first, "right": 1}
extra = {"left": second}              # ?rc first second base extra

try:
    build(**base, left=second)
except TypeError as err:
    seen = [first, second]            # ?rc first second seen
    text = str(err)
print(text)
after = base                          # ?rc first second base

try:
    pair(left=second, **base)
except TypeError:
    caught = Box()                    # ?rc first second caught

try:
    merged = dict(**base, **extra)
except TypeError:
    fallback = {**base, **extra}      # ?rc first second fallback
print(sys.getrefcount(first), sys.getrefcount(second))

try:
    Box(**extra, **{"left": first})
except TypeError:
    marker = [second]                 # ?rc first second marker

fine = build(**base, middle=second, **{"tail": first})   # ?rc first second fine
ok = pair(**extra, right=first)       # ?rc first second ok
print(sys.getrefcount(first), sys.getrefcount(second))
