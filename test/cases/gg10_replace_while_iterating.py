# Theme: upgrading objects in place while iterating over their containers.
# Assigning lst[i] during enumerate() releases the old element at once;
# replacing dict values while iterating over items() is allowed (no size
# change); iterating over a copy while deleting from the original.
import gc
import sys
import weakref


class Entry:
    def __init__(self, key, value):
        self.key = key
        self.value = value


class Upgraded(Entry):
    pass


entries = [Entry(k, k * 2.5) for k in range(4)]
old0 = entries[0]  # ?rc old0
w_old = weakref.ref(old0)
for i, e in enumerate(entries):
    entries[i] = Upgraded(e.key, e.value)  # ?rc e
print(sys.getrefcount(old0))
del e  # ?rc old0
new_last = entries[-1]  # ?rc new_last
del old0
print(w_old() is None)
index = {e.key: e for e in entries}  # ?rc index new_last
for key, val in index.items():
    index[key] = Entry(key, val.value + 1.0)  # ?rc val
del val  # ?rc new_last
entries.clear()  # ?rc new_last
del key, new_last
fresh = index[3]  # ?rc fresh
for key in list(index):
    if key % 2:
        del index[key]  # ?rc fresh
print(sorted(index), sys.getrefcount(fresh))
rows = [[Entry(n, 0.5)] for n in range(3)]
for row in rows[:]:
    if row[0].key == 1:
        rows.remove(row)  # ?rc row
kept = row  # ?rc kept
del row  # ?rc kept
print(len(rows), gc.collect())
