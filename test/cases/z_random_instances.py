# Theme: random.Random(seed) objects: each has its own generator, the
# module's functions keep theirs; a seeded object picks the same items
# every run, so the picked objects' counts are known.
import random
from random import Random


class Card:
    def __init__(self, rank):
        self.rank = rank


deck = [Card(r) for r in range(6)]
first = deck[0]  # ?rc first
random.seed(3)
rng = random.Random(11)  # ?rc rng
other = Random(5)
rng.shuffle(deck)  # ?rc first deck
top = deck[0]
pick = rng.choice(deck)  # ?rc pick top first
hand = rng.sample(deck, 3)  # ?rc first hand
twice = other.choices(deck, k=4)  # ?rc first
module_pick = random.choice(deck)  # ?rc first module_pick
n = rng.randint(1, 6)
print(n, other.random(), rng.randrange(10))
rng.seed(11)
again = rng.choice(deck)  # ?rc again first
unseeded = Random()
unseeded.shuffle(deck)  # ?rc deck
del rng, other  # ?rc first
