# Sorting records: sorted() makes a new list, list.sort() sorts in place;
# key functions' results are temporary; min/max return borrowed elements.
import sys
from operator import attrgetter


class Score:
    def __init__(self, name, pts):
        self.name = name
        self.pts = pts


board = [Score("x", 3), Score("y", 9), Score("z", 5)]  # ?rc board
top = max(board, key=attrgetter("pts"))  # ?rc top
low = min(board, key=lambda s: s.pts)  # ?rc low
ranked = sorted(board, key=lambda s: -s.pts)  # ?rc ranked top
board.sort(key=attrgetter("name"), reverse=True)  # ?rc board top
names = [s.name for s in ranked]  # ?rc names
first, *others = ranked  # ?rc first others top
del ranked  # ?rc top others
pos = board.index(top)  # ?rc top
board.reverse()  # ?rc board
cnt = board.count(top)  # ?rc top
removed = board.pop()  # ?rc removed
board.insert(0, removed)  # ?rc removed
print(sys.getrefcount(top))
