# Without a seed the picks differ between runs: only what every run shares is
# probed (the deck, and objects nothing random touched).
import random


class Tile:
    pass


bag = [Tile() for _ in range(5)]  # ?rc bag
spare = Tile()  # ?rc spare
random.shuffle(bag)  # ?rc bag spare
first = random.choice(bag)
n = len(bag)  # ?rc bag spare
keep = [spare]  # ?rc spare keep
