# Leaderboard kept sorted with bisect.insort on (score, name) tuples, and
# grade lookup with bisect.bisect over cut-off lists.
import bisect


class Player:
    def __init__(self, name):
        self.name = name
        self.history = []


board = []  # ?rc board
players = {n: Player(n) for n in ("ada lovelace", "alan turing", "grace hopper")}  # ?rc players
ada = players["ada lovelace"]  # ?rc ada
scores = [("ada lovelace", 71.5), ("alan turing", 88.0), ("grace hopper", 93.25), ("ada lovelace", 64.0)]  # ?rc scores
for name, score in scores:
    p = players[name]  # ?rc p
    p.history.append(score)
    bisect.insort(board, (score, name))  # ?rc board
del p  # ?rc ada

cutoffs = [60.0, 70.0, 80.0, 90.0]  # ?rc cutoffs
grades = "DCBA"


def grade(value):
    i = bisect.bisect(cutoffs, value)  # ?rc cutoffs
    return "F" + grades[:i]


labels = [grade(s) for s, _ in board]  # ?rc labels
lowest = board[0]  # ?rc lowest
pos = bisect.bisect_left(board, (80.0,))  # ?rc board
upper = board[pos:]  # ?rc upper lowest
by_name = sorted(players.values(), key=lambda pl: -max(pl.history))  # ?rc by_name ada
best = by_name[0]  # ?rc best
hist = ada.history  # ?rc hist
del by_name  # ?rc best ada
del players  # ?rc ada best
board.clear()  # ?rc lowest upper
print(labels, pos, best.name, hist)
