# Theme: function arguments are passed by assignment. Rebinding a
# parameter never affects the caller; mutating the object does. Functions
# that return several values return one tuple.
import sys


def try_to_replace(items):
    items = [0.5]  # ?rc items
    return len(items)


def append_in_place(items, value):
    items.append(value)  # ?rc items value
    return items


def split_stats(values):
    low = min(values)  # ?rc low
    high = max(values)  # ?rc values
    total = sum(values)  # ?rc total
    return low, high, total


data = [3.25, 1.25, 2.25]  # ?rc data
try_to_replace(data)  # ?rc data
same = append_in_place(data, 4.25)  # ?rc data same
result = split_stats(data)  # ?rc result
lo, hi, tot = result  # ?rc lo tot result
print(sys.getrefcount(lo))
del result  # ?rc lo hi tot
lo2, hi2, _ = split_stats(data)  # ?rc lo2 _
print(lo is lo2)
pair = (data, data)  # ?rc data
a, b = pair  # ?rc data a
a = None  # ?rc data
del b, same, pair  # ?rc data
