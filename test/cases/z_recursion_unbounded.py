# Theme: a recursion with no base case ends in RecursionError, caught by the caller; int() of an
# infinite float is an OverflowError, of a NaN a ValueError. The handlers run.
class Box:
    pass


b = Box()
log = []


def down(n):
    return down(n + 1)


def convert(x):
    try:
        return int(x)
    except (OverflowError, ValueError):
        log.append(b)  # ?rc b
        return None


convert(float('inf'))  # ?rc b
convert(float('nan'))  # ?rc b
convert(2.5)  # ?rc b
try:
    down(0)
except RecursionError:
    log.append(b)  # ?rc b
n = len(log)  # ?rc b
