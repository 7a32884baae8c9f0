# Theme: a knockout tournament: players paired with zip over an iterator,
# match results kept as Match objects in rounds, winners advance to the next
# round list, and the bracket is walked recursively to list the champion's path.
import gc


class Player:
    def __init__(self, name, rating):
        self.name, self.rating = name, rating


class Match:
    def __init__(self, a, b):
        self.a, self.b = a, b
        self.winner = a if a.rating >= b.rating else b  # ?rc a b


def play_round(players):
    it = iter(players)
    matches = [Match(a, b) for a, b in zip(it, it)]  # ?rc matches
    return matches, [m.winner for m in matches]


def path_of(rounds, player, depth=0):
    if depth == len(rounds):
        return []
    for m in rounds[depth]:
        if player in (m.a, m.b):
            return [m] + path_of(rounds, player, depth + 1)
    return []


gc.collect()
field = [Player(f"seed {i}", 1500.0 + (i * 37) % 200) for i in range(8)]  # ?rc field
top = field[3]  # ?rc top
rounds = []
current = field
while len(current) > 1:
    matches, current = play_round(current)  # ?rc matches current
    rounds.append(matches)
champ = current[0]  # ?rc champ
route = path_of(rounds, champ)  # ?rc route champ
final = rounds[-1][0]  # ?rc final
del matches, current  # ?rc final champ
wins = {}
for rnd in rounds:
    for m in rnd:
        wins[m.winner.name] = wins.get(m.winner.name, 0) + 1
ranked = sorted(wins, key=wins.get, reverse=True)  # ?rc ranked
del field  # ?rc top champ
del rounds  # ?rc final route
del route  # ?rc champ final
print(gc.collect())
