# Theme: ranking players. list.sort(key=...) calls the key once per item and
# keeps the keys only while sorting; sorted() builds a new list holding every
# player once more; the key callables (attrgetter, an unbound method, a lambda
# over a dict of bonuses) are objects held by whoever names them.
import operator


class Player:
    def __init__(self, name, points):
        self.name = name
        self.points = points

    def rank_key(self):
        return (-self.points, self.name)


alice = Player("alice a.", 10 ** 5 + 1)
bob = Player("bob b.", 10 ** 5 + 2)
cara = Player("cara c.", 10 ** 5 + 1)
roster = [alice, bob, cara]  # ?rc alice roster
by_points = operator.attrgetter("points")  # ?rc by_points
roster.sort(key=by_points)  # ?rc alice by_points roster
ranked = sorted(roster, key=Player.rank_key, reverse=True)  # ?rc alice ranked
pts = alice.points  # ?rc pts
tied = [p for p in roster if p.points == pts]  # ?rc pts cara
bonus = {"bob b.": 0.5}
keyfn = lambda p: p.points + bonus.get(p.name, 0.0)  # ?rc bonus
best = max(roster, key=keyfn)  # ?rc best
worst = min(ranked, key=by_points)  # ?rc worst
names = sorted(p.name for p in roster)  # ?rc names
first_name = names[0]  # ?rc first_name
roster.sort(key=Player.rank_key)  # ?rc alice bob
del ranked, tied  # ?rc alice bob cara
top3 = roster[:3]  # ?rc top3 best
