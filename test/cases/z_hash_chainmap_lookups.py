# Theme: a ChainMap lookup hashes the key once per mapping it tries (cm[k], k in cm); cm.get(k) of a found key looks it up twice
from collections import ChainMap
kept = []
class K:
    def __hash__(self):
        kept.append(self)
        return 3
k = K()
first = {}
second = {k: 1.5}
cm = ChainMap(first, second)  # ?rc k
v = cm[k]  # ?rc k
c = k in cm  # ?rc k
g = cm.get(k)  # ?rc k
n = len(kept)  # ?rc k
print(n)
