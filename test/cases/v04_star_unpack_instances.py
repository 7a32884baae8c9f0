# Theme: star-unpacking of a list of instances. The starred target is always
# a new list; `[*a, *b]` copies references; f(*seq) packs a fresh tuple for
# the callee's *args.


class Card:
    def __init__(self, rank):
        self.rank = rank


deck = [Card(r * 2.5) for r in range(4)]
top, *rest = deck  # ?rc top rest
c1 = rest[0]  # ?rc c1
*init, bottom = deck  # ?rc bottom c1
merged = [*init, *rest]  # ?rc c1 merged
head, second, *tail = merged  # ?rc second
del init, rest  # ?rc c1 bottom


def deal(*cards):
    hand = cards  # ?rc hand
    return len(hand)


deal(*deck)  # ?rc c1
deal(*merged, top)  # ?rc top


def split_hand(first, *others):
    kept = others  # ?rc kept first
    return kept


extra = split_hand(*deck)  # ?rc extra c1
hands = [[Card(1.5), Card(2.5), Card(3.5)], [Card(4.5), Card(5.5)]]
for lead, *others in hands:
    held = others  # ?rc held lead
del others, held, lead  # ?rc hands
a, b = deck[0], deck[1]
a, b = b, a  # ?rc a b
(x, y), *z = (deck[2], deck[3]), deck[0]  # ?rc x z
