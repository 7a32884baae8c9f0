# Theme: ranking players. sorted() returns a new list holding every
# player; the key tuples are temporaries freed when it returns. A dict
# comprehension keyed by team keeps the first equal key object but the
# last value; a set comprehension keeps the first equal string.


class Player:
    def __init__(self, name, score, team):
        self.name = name
        self.score = score
        self.team = team


teams = [str(10 ** 4) + "-team", str(10 ** 4) + "-team", "solo" + str(10 ** 5)]
t0, t1, t2 = teams  # ?rc t0 t1 t2
players = [Player("p" + str(i), (i * 7) % 5 + 0.5, teams[i % 3]) for i in range(6)]
p0 = players[0]  # ?rc p0 t0
ranked = sorted(players, key=lambda p: (-p.score, p.name))  # ?rc p0
top = ranked[0]  # ?rc top
best = max(players, key=lambda p: (p.score, p.team))  # ?rc best
by_team = {p.team: p for p in ranked}  # ?rc t0 t1 t2
team_set = {p.team for p in players}  # ?rc t0 t1
scores = {p: p.score for p in players}  # ?rc p0
names = sorted({p.name for p in players}, reverse=True)  # ?rc names
first_name = names[0]  # ?rc first_name
groups = {}
for p in ranked:
    groups.setdefault(p.team, []).append(p)
del p  # ?rc p0 t0 t1
del players, ranked  # ?rc p0 top
teams.clear()  # ?rc t0 t1 t2
