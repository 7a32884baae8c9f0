# Guards see the subject on the value stack only while later cases may still
# need it: the last case before a trailing `case _` (or the last case) matches
# against the subject's own reference, so its guard runs without it.
import sys


def show(n):
    return n < 0


data = [1.5 * 2]
match data:
    case [x] if show(sys.getrefcount(data)):
        pass
    case [y] if show(sys.getrefcount(data)):
        pass
    case _:
        pass

match data:
    case (x,) if sys.getrefcount(data) < 0:
        print("never")
    case [y] if show(sys.getrefcount(data)):
        pass

match data:
    case [x] if show(sys.getrefcount(data)):
        pass
    case _ if show(sys.getrefcount(data)):
        pass

events = []


class Temp:
    def __del__(self):
        events.append("freed")


def make():
    return Temp()


match make():
    case [a]:
        pass
    case Temp() if len(events) == 1:
        seen = events[:]  # ?rc seen events
    case _:
        seen = None
kept = [x, y]  # ?rc kept data
