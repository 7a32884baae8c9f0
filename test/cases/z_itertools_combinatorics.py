# Theme: itertools.combinations and permutations. Each reads its iterable
# into a pool tuple (an exact tuple is used as it is) and keeps its result
# tuple; a result still held when it ends is copied, so the items gain one.
import itertools


class Card:
    def __init__(self, rank):
        self.rank = rank


a, b, c = Card(1), Card(2), Card(3)
hand = [a, b, c]  # ?rc a b c hand
pairs = itertools.combinations(hand, 2)  # ?rc a b c hand
first = next(pairs)  # ?rc a b first
second = next(pairs)  # ?rc a b c first second
rest = list(pairs)  # ?rc a b c rest
del pairs  # ?rc a b c
scores = []
for x, y in itertools.combinations(hand, 2):
    scores.append(x.rank + y.rank)  # ?rc x y
for p in itertools.permutations(hand):
    last = p  # ?rc p a
perms = list(itertools.permutations((a, b), 2))  # ?rc a b perms
tup = (a, b, c)
it = itertools.permutations(tup, 2)  # ?rc tup a
kept = next(it)  # ?rc kept a b
for q in it:
    pass
done = q  # ?rc q a b c
empty = list(itertools.combinations(hand, 4))  # ?rc empty a
zero = list(itertools.combinations(hand, 0))  # ?rc zero
del it  # ?rc a b c q
print(len(rest), len(perms), scores, len(empty), len(zero))
