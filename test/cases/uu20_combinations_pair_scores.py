# Theme: pairwise similarity between product records with
# itertools.combinations and product: the pair tuples, the best pair kept
# after the loop, and records dropped into a cycle of matches.
import gc
from itertools import combinations, product


class Product:
    def __init__(self, name, tags):
        self.name = name
        self.tags = set(tags)
        self.matches = []


items = [Product("p%d" % i, t) for i, t in enumerate(
    ["ab", "bc", "abc", "cd"])]  # ?rc items
a, b = items[0], items[1]  # ?rc a b
best, best_score = None, -1.0
for pair in combinations(items, 2):
    x, y = pair  # ?rc pair
    score = len(x.tags & y.tags) / len(x.tags | y.tags)  # ?rc score
    if score > best_score:
        best, best_score = pair, score
del x, y  # ?rc best
kept = best  # ?rc kept best
left, right = kept  # ?rc left right
for p, q in combinations(items, 2):
    if p.tags & q.tags:
        p.matches.append(q)
        q.matches.append(p)
del p, q  # ?rc a b
grid = list(product(items[:2], items[2:]))  # ?rc grid a
g0 = grid[0]  # ?rc g0 a
del grid  # ?rc g0 a
del pair, best, kept, left, right, g0
del items, a, b
found = gc.collect()
print(best_score, found)
