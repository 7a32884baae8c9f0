# Theme: star-unpacking from generators and slices: the starred target is
# always a fresh list, the generator is run to exhaustion (its frame is
# released), and nested targets bind the same objects many times.


class Card:
    def __init__(self, rank):
        self.rank = rank


def deal(deck, n):
    for i in range(n):
        yield deck[i]


deck = [Card(r * 1.5) for r in range(5)]
top = deck[0]  # ?rc top
bottom = deck[-1]  # ?rc bottom
first, *middle, last = deal(deck, 5)  # ?rc top first middle bottom
head, *rest = deal(deck, 2)  # ?rc top head rest
gen = deal(deck, 4)  # ?rc gen deck
a, b = next(gen), next(gen)  # ?rc top a deck
*others, = gen  # ?rc others deck bottom
del middle  # ?rc bottom top
(x, *ys), z = deck[:3], deck[3]  # ?rc top x ys
for lead, *tail in (deck[i:i + 2] for i in range(0, 4, 2)):
    pass  # ?rc lead tail top
del deck[:]  # ?rc top bottom
del first, head, a, x, lead  # ?rc top
*pair, = top, top  # ?rc top pair
