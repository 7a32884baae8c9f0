# Theme: a for loop over a generator whose body takes a branch of unknown direction: the loop
# still runs the generator to its end, so what the generator's frame held is let go after the
# loop (the model runs the rest of its rounds as one widened pass, and must not leave the
# generator suspended holding its frame's objects). Also a class-based iterator and a break.
import random

random.seed()


def source(texts):
    for t in texts:
        yield [t]


texts = ["a b c", "d e f", "g h i", "j k l"]
src = source(texts)
got = []
for m in src:
    if random.random() < 2.0:
        got.append(m)
after = len(got)  # ?rc texts src got


class Countdown:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop()


pool = [[1], [2], [3], [4]]
first = pool[0]
cd = Countdown(pool)  # ?rc first cd
seen = []
for x in cd:
    if random.random() < 2.0:
        seen.append(x)
del seen
print(len(pool))  # ?rc first cd pool

words = ["w1", "w2", "w3", "w4", "w5"]
gen2 = source(words)
for w in gen2:
    if random.random() > 5.0:
        break
print(len(words))  # ?rc words gen2
