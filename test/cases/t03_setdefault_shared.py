# Theme: dict.setdefault returns the stored value, so one list is shared by
# the dict and every caller; dict.fromkeys shares one value among all keys;
# views keep their dict alive.

groups = {}
first = groups.setdefault("red team", [])  # ?rc first
again = groups.setdefault("red team", [0.5])  # ?rc first again
again.append(1.5)
blank = [1.25]  # ?rc blank
table = dict.fromkeys(["a key", "b key", "c key"], blank)  # ?rc blank
dup = table.copy()  # ?rc blank
vals = table.values()  # ?rc table vals
items = list(dup.items())  # ?rc blank
del items  # ?rc blank
popped = table.pop("a key")  # ?rc blank
k, v = table.popitem()  # ?rc blank
table.update(dup)  # ?rc blank table
missing = table.pop("zzz key", first)  # ?rc first missing
del table, dup  # ?rc blank vals
del vals  # ?rc blank


def tally(words, counts={}):
    for w in words:
        bucket = counts.setdefault(len(w), [])
        bucket.append(w)  # ?rc bucket
    return counts


res = tally(["one!", "two!", "three!"])  # ?rc res
res2 = tally(["four!"])  # ?rc res
four = res[4]  # ?rc four
res.clear()  # ?rc four res
