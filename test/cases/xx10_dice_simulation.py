# Theme: a dice-game simulation with random.Random(seed): Die objects share
# one generator, a Player keeps a history list, and the game tallies rolls.
import random


class Die:
    def __init__(self, rng, sides=6):
        self.rng = rng
        self.sides = sides

    def roll(self):
        return self.rng.randint(1, self.sides)


class Player:
    def __init__(self, name):
        self.name = name
        self.history = []

    def take_turn(self, dice):
        rolls = [d.roll() for d in dice]
        self.history.append(rolls)  # ?rc rolls
        return sum(rolls)


rng = random.Random(2024)  # ?rc rng
dice = [Die(rng), Die(rng)]  # ?rc rng dice
d0 = dice[0]  # ?rc d0
players = [Player("Player One"), Player("Player Two")]
scores = {p.name: 0 for p in players}  # ?rc scores
for rnd in range(3):
    for p in players:
        scores[p.name] += p.take_turn(dice)  # ?rc p
first = players[0]  # ?rc first
hist = first.history  # ?rc hist
last_rolls = hist[-1]  # ?rc last_rolls
state = rng.getstate()  # ?rc state
replay = random.Random()  # ?rc replay
replay.setstate(state)  # ?rc state
same = [replay.randint(1, 6) for _ in range(4)]  # ?rc same
del dice  # ?rc d0 rng
del players  # ?rc first hist
