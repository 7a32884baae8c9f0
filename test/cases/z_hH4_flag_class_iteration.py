# Theme: a feature-toggle table keyed by enum.Flag members: iterating the
# class and a combination, member names, aliases, ~ of a combination and
# storing combined flags in dicts of settings objects.
import enum
import gc
import sys


class Feature(enum.Flag):
    SEARCH = 1
    EXPORT = 2
    SHARE = 4
    ADMIN = 8
    BASIC = 3


class Settings:
    def __init__(self, owner, features):
        self.owner = owner
        self.features = features
        self.history = [features]


basic = Feature.BASIC  # ?rc basic
all_members = list(Feature)  # ?rc all_members
names = [m.name for m in Feature]  # ?rc names
combo = Feature.SEARCH | Feature.SHARE  # ?rc combo
parts = list(combo)  # ?rc parts combo
inverse = ~combo  # ?rc inverse combo
again = ~combo  # ?rc inverse again
back = ~inverse  # ?rc back combo
s = Settings("team lead account", combo)  # ?rc s combo
s.features = s.features | Feature.ADMIN  # ?rc s combo
full = s.features  # ?rc full
s.history.append(full)  # ?rc full
table = {m: [] for m in Feature}  # ?rc table
for m in full:
    table[m].append(s)  # ?rc s
print(sys.getrefcount(s), len(table))
s.loop = table  # ?rc table s
del table, s, m
print(gc.collect())  # ?rc full combo
print(basic, all_members, names, parts, inverse, again, back)
