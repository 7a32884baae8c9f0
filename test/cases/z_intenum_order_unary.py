# Theme: IntEnum / IntFlag members compared, sorted, min()/max() and negated
# run int's own C slots: min returns an existing member, -m a new plain int.
import enum


class Level(enum.IntEnum):
    LOW = 1000
    MID = 2000
    HIGH = 3000


class Mode(enum.IntFlag):
    R = 4096
    W = 2048
    X = 1024


low = Level.LOW  # ?rc low
high = Level.HIGH  # ?rc high
top = max(low, high, Level.MID)  # ?rc top high
least = min([high, low])  # ?rc least low
ordered = sorted([high, Level.MID, low])  # ?rc ordered low high
first = ordered[0]  # ?rc first low
neg = -high  # ?rc neg high
pos = +low  # ?rc pos low
inv = ~low  # ?rc inv low
big = low < 1500.5  # ?rc low
cmp = [m for m in Level if m >= 2000]  # ?rc cmp high
w = Mode.W  # ?rc w
nw = -w  # ?rc nw w
lowest = min(Mode.R, w, Mode.X)  # ?rc lowest w
total = sum(Level)  # ?rc total low
del ordered, cmp  # ?rc low high
