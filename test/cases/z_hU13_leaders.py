# Theme: leaders over a set: best-so-far by a key with ties, groups keyed by something; the winner among ties is the hash order's
class Player:
    def __init__(self, name, score, team):
        self.name = name
        self.score = score
        self.team = team


a = Player("a", 10, "red")
b = Player("b", 10, "blue")
c = Player("c", 4, "red")
d = Player("d", 7, "blue")
players = {a, b, c, d}
best = None
for p in players:
    if best is None or p.score >= best.score:
        best = p
del p
top = True  # ?rc a b c d
leaders = {}
for p in players:
    cur = leaders.get(p.team)
    if cur is None or p.score > cur.score:
        leaders[p.team] = p
del p, cur
teams = len(leaders)  # ?rc a b c d
groups = {}
for p in players:
    groups.setdefault(p.team, []).append(p)
del p
g = len(groups)  # ?rc a b c d
low = None
for p in players:
    low = p if low is None or p.score < low.score else low
del p
bottom = True  # ?rc a b c d
best = low = None
leaders.clear()
groups.clear()
cleared = True  # ?rc a b c d
