# An iterable container whose __iter__ is a generator method: every loop
# gets a fresh generator that holds `self`, while a separate class with
# __next__ holds an index and its container.
import sys


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __iter__(self):
        for card in self.cards:
            yield card

    def __len__(self):
        return len(self.cards)


class Dealer:
    def __init__(self, deck):
        self.deck = deck
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.deck):
            raise StopIteration
        card = self.deck.cards[self.pos]
        self.pos += 1
        return card


class Card:
    def __init__(self, label):
        self.label = label


ace = Card("A-spades")
king = Card("K-hearts")
deck = Deck([ace, king])  # ?rc deck ace
g = iter(deck)  # ?rc deck g
top = next(g)  # ?rc ace deck
print(sys.getrefcount(deck))
del g  # ?rc deck ace
for c in deck:
    held = c  # ?rc c deck
dealer = Dealer(deck)  # ?rc dealer deck
dealt = next(dealer)  # ?rc dealt ace
same = iter(dealer)  # ?rc dealer
del same  # ?rc dealer
rest = list(dealer)  # ?rc rest king
del dealer  # ?rc deck
labels = [cd.label for cd in deck]  # ?rc labels deck
count = sum(1 for _ in Dealer(deck))  # ?rc deck
pairs = list(zip(deck, Dealer(deck)))  # ?rc pairs ace
print(sys.getrefcount(ace))
