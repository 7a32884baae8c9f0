# Theme: a deck of cards: Card objects built with nested loops, a seeded
# shuffle, dealing hands by popping from the deck, sorting a hand and
# returning the cards to the deck.
import random


class Card:
    suits = ["Clubs", "Diamonds", "Hearts", "Spades"]
    ranks = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]

    def __init__(self, suit, rank):
        self.suit = suit
        self.rank = rank

    def value(self):
        return Card.ranks.index(self.rank)

    def __repr__(self):
        return self.rank + " of " + self.suit


class Deck:
    def __init__(self):
        self.cards = []
        for s in Card.suits:
            for r in Card.ranks:
                self.cards.append(Card(s, r))

    def shuffle(self, seed):
        rng = random.Random(seed)
        rng.shuffle(self.cards)

    def deal(self, n):
        hand = []
        for _ in range(n):
            card = self.cards.pop()
            hand.append(card)  # ?rc card
        return hand


deck = Deck()  # ?rc deck
cards = deck.cards  # ?rc cards
ace = cards[-1]  # ?rc ace
deck.shuffle(2024)  # ?rc ace
hand1 = deck.deal(5)  # ?rc hand1
hand2 = deck.deal(5)
top = hand1[0]  # ?rc top
hand1.sort(key=Card.value)  # ?rc top hand1
shown = [repr(c) for c in hand1]  # ?rc shown
label = shown[0]  # ?rc label
deck.cards.extend(hand1)  # ?rc top
del hand1  # ?rc top
hand2.clear()  # ?rc cards
del deck  # ?rc cards ace
