# A seeded simulation: random.seed(n) makes every pick the same each run, so
# which object choice(), sample() and shuffle() hand back is known.
import random
import sys


class Card:
    def __init__(self, rank):
        self.rank = rank


random.seed(2024)
deck = [Card(r) for r in range(12)]  # ?rc deck
c0, c5, c11 = deck[0], deck[5], deck[11]  # ?rc c0 c5 c11
pick = random.choice(deck)  # ?rc pick c0 c5 c11
roll = random.randint(1, 6)
picks = [random.choice(deck) for _ in range(5)]  # ?rc c0 c5 c11
hand = random.sample(deck, 4)  # ?rc hand c0 c5 c11
random.shuffle(deck)  # ?rc deck c0 c5 c11
top = deck[0]  # ?rc top c0 c5 c11
bottom = deck[-1]  # ?rc bottom c0 c5 c11
weights = [random.random() for _ in range(3)]
idx = random.randrange(len(deck))
chosen = deck[idx]  # ?rc chosen c0 c5 c11
many = random.choices(deck, k=6)  # ?rc c0 c5 c11
bits = random.getrandbits(40)
big = random.sample(range(1000), 3)
tail = random.choice(deck)  # ?rc tail c0 c5 c11
random.seed(7)
again = random.choice(deck)  # ?rc again c0 c5 c11
print(sys.getrefcount(c5))
