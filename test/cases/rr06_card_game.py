# Theme: a card game: a deck of Card objects shuffled with a seeded
# random.Random, hands dealt by slicing, cards played to a pile, the pile
# shuffled back into the deck, and the winner found with max(key=...).
import gc
import random


class Card:
    SUITS = "SHDC"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"{self.rank}{self.suit}"


class Player:
    def __init__(self, name):
        self.name = name
        self.hand = []

    def play(self):
        best = max(self.hand, key=lambda c: c.rank)  # ?rc best
        self.hand.remove(best)
        return best


gc.collect()
rng = random.Random(20240101)
deck = [Card(r, s) for s in Card.SUITS for r in range(2, 15)]  # ?rc deck
ace = deck[-1]  # ?rc ace
rng.shuffle(deck)  # ?rc ace deck
p1, p2 = Player("North side"), Player("South side")
p1.hand, p2.hand = deck[:5], deck[5:10]  # ?rc ace
del deck[:10]  # ?rc ace
pile = []
for _ in range(3):
    a, b = p1.play(), p2.play()  # ?rc a b
    pile.extend((a, b))
winner = p1 if sum(c.rank for c in pile[::2]) > sum(c.rank for c in pile[1::2]) else p2  # ?rc winner
del a, b
rng.shuffle(pile)
deck.extend(pile)  # ?rc pile ace
pile.clear()  # ?rc ace
leftover = p1.hand + p2.hand  # ?rc leftover
del p1, p2, winner  # ?rc leftover
print(len(deck) + len(leftover))  # ?rc ace
del deck, leftover  # ?rc ace
print(gc.collect())
