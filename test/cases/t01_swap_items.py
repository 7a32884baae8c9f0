# Theme: swapping list items through tuple unpacking, starred unpacking and
# deleting slices. A swap builds no lasting tuple: each slot still holds
# exactly one reference, only the slots changed.


class Card:
    def __init__(self, rank):
        self.rank = rank


ace = Card("ace!")  # ?rc ace
king = Card("king!")  # ?rc king
hand = [ace, king, ace]  # ?rc ace hand
hand[0], hand[1] = hand[1], hand[0]  # ?rc ace
first, *rest = hand  # ?rc ace king
alias = hand
alias[1:] = []  # ?rc ace king
del rest[0]  # ?rc ace
king, ace = ace, king  # ?rc ace king
del hand[:]  # ?rc ace king
(x, (y, z)) = (ace, [king, ace])  # ?rc ace
del first, x, y, z  # ?rc ace king


def rotate(seq):
    head, *tail = seq  # ?rc head tail
    seq[:] = tail + [head]  # ?rc head
    return seq


deck = [Card(str(i)) for i in range(3)]
top = deck[0]  # ?rc top
rotate(deck)  # ?rc top
back = rotate(deck)  # ?rc top deck
deck[0], deck[-1] = deck[-1], deck[0]  # ?rc top
