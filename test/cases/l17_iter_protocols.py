# Course exercise: the iteration protocols. A Countdown class with __iter__/
# __next__, a Deck that is iterable only through __getitem__, a Timeline with
# __reversed__, iter(callable, sentinel), and manual next() calls.
import gc


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        value = self.current * 1.5  # ?rc value
        self.current -= 1
        return value


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __getitem__(self, i):
        card = self.cards[i]  # ?rc card
        return card


class Timeline:
    def __init__(self, events):
        self.events = list(events)

    def __iter__(self):
        return iter(self.events)

    def __reversed__(self):
        rev = self.events[::-1]  # ?rc rev
        return iter(rev)


cd = Countdown(3)  # ?rc cd
it = iter(cd)  # ?rc it cd
first = next(it)  # ?rc first
rest = list(it)  # ?rc rest cd
cards = ["ace of spades", "king of hearts", "two of clubs"]  # ?rc cards
deck = Deck(cards)  # ?rc deck cards
deck_it = iter(deck)  # ?rc deck_it deck
top = next(deck_it)  # ?rc top deck_it
dealt = [c.title() for c in deck]  # ?rc dealt
tl = Timeline([{"t": 1.5}, {"t": 2.5}, {"t": 3.5}])  # ?rc tl
last_event = next(reversed(tl))  # ?rc last_event
events = list(reversed(tl))  # ?rc events last_event
fwd = iter(tl)  # ?rc fwd tl
rev_list = reversed(cards)  # ?rc rev_list cards
back_first = next(rev_list)  # ?rc back_first
queue = [10.5, 20.5, -1.0, 30.5]  # ?rc queue
source = iter(queue)  # ?rc source queue
popped = list(iter(source.__next__, -1.0))  # ?rc popped queue source
leftover = next(source)  # ?rc leftover
dflt = next(source, "exhausted!")  # ?rc dflt
del it, deck_it, fwd, rev_list, source  # ?rc cd deck tl cards queue
deck.cards = [deck]
del deck
print(gc.collect())
print(first, rest, top, dealt, last_event, events, back_first, popped, leftover, dflt)  # ?rc cards
