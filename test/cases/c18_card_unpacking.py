# Theme: splitting a deck of cards. `return a, b, c` packs one new tuple;
# star-unpacking always builds a new list for the starred name (even from a
# tuple, even when it stays empty); swapping with `a, b = b, a` changes no
# counts; `[*x, *y]` copies references into a fresh list.


class Card:
    def __init__(self, rank):
        self.rank = rank


def deal(deck):
    top, *middle, bottom = deck  # ?rc top middle
    return top, middle, bottom


def pair_up(cards):
    return [(cards[i], cards[i + 1]) for i in range(0, len(cards) - 1, 2)]


cards = tuple(Card(r * 1.5) for r in range(6))  # ?rc cards
c0, c1, *others = cards  # ?rc c0 others
hand = deal(cards)  # ?rc hand c0
top, middle, bottom = hand  # ?rc hand middle
first, *_ = middle  # ?rc first
pairs = pair_up(middle)  # ?rc first pairs
c0, c1 = c1, c0  # ?rc c0 c1
merged = [*others, *middle]  # ?rc first merged
head, *tail = [c0]  # ?rc head tail
del hand  # ?rc middle top
del cards  # ?rc top bottom first
