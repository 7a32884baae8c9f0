# Theme: ranked-choice voting: candidates with __eq__/__hash__, ballots as
# tuples of candidates, Counter tallies per round, eliminated candidates kept
# in a set, and per-round records with the tallies they were decided on.
from collections import Counter


class Candidate:
    def __init__(self, name, party):
        self.name, self.party = name, party

    def __eq__(self, other):
        return isinstance(other, Candidate) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"{self.name} ({self.party})"


class Round:
    def __init__(self, number, tally, dropped):
        self.number, self.tally, self.dropped = number, tally, dropped


def top_choice(ballot, out):
    return next((c for c in ballot if c not in out), None)


def run_election(ballots):
    out, rounds = set(), []
    while True:
        tally = Counter(filter(None, (top_choice(b, out) for b in ballots)))  # ?rc tally
        leader, votes = tally.most_common(1)[0]
        if votes * 2 > sum(tally.values()):
            return leader, rounds
        loser = min(tally, key=lambda c: (tally[c], c.name))
        out.add(loser)
        rounds.append(Round(len(rounds) + 1, tally, loser))  # ?rc loser


ada = Candidate("Ada Park", "green")  # ?rc ada
bo = Candidate("Bo Chen", "blue")
cy = Candidate("Cy Diaz", "red")  # ?rc cy
ballots = [(ada, bo), (ada, cy), (bo, ada), (bo, cy), (cy, bo), (cy, bo), (ada,)]  # ?rc ballots
print(sum(b[0] is ada for b in ballots))
winner, rounds = run_election(ballots)  # ?rc winner rounds
print(winner, [(r.number, r.dropped) for r in rounds])
first = rounds[0]  # ?rc first
t1 = first.tally  # ?rc t1
ada_votes = t1[ada]  # ?rc ada
dropped = first.dropped  # ?rc dropped
twin = Candidate("Ada Park", "independent")  # ?rc twin
same_votes = t1[twin]  # ?rc twin ada
del ballots  # ?rc ada bo cy
rounds.clear()  # ?rc t1 first
del first  # ?rc t1 dropped
