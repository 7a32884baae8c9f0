# Theme: saving and restoring a seeded generator's state: getstate() gives a new tuple that
# keeps no reference to the generator, and setstate() copies it, so replays draw the same.
import random


class Dice:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.saved = None

    def roll(self):
        return self.rng.randint(1, 6)

    def checkpoint(self):
        self.saved = self.rng.getstate()

    def rewind(self):
        self.rng.setstate(self.saved)


d = Dice(42)
rng = d.rng  # ?rc rng
d.checkpoint()
state = d.saved  # ?rc state rng
first = [d.roll() for _ in range(5)]
d.rewind()  # ?rc state rng
again = [d.roll() for _ in range(5)]
same = first == again  # ?rc same
values = state[1]  # ?rc values state
version = state[0]  # ?rc version
other = random.Random()
other.setstate(state)  # ?rc state other
pick = other.choice(first)  # ?rc pick
mod_state = random.getstate()  # ?rc mod_state
random.setstate(mod_state)  # ?rc mod_state
del d
print(first, again, same, len(values), version)  # ?rc state rng
