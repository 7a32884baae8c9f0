# Theme: which key's __eq__ a dict, set or list lookup runs: the stored one's, with the new key
import gc
seen = []
class Key:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        seen.append(self.tag)
        return self.tag[0] == other.tag[0]
    def __hash__(self):
        return 1
first = ['a', 1]
second = ['a', 2]
k1 = Key(first)
k2 = Key(second)
d = {k1: 'one'}
d[k2] = 'two'  # ?rc first second
n = len(d)
who = seen[0]  # ?rc who first
seen.clear()  # ?rc first second
g = gc.collect()
