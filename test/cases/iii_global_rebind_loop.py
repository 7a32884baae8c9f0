# Theme: a global rebound from inside a function in a loop; the old values
# are freed as the global moves on, and a list collects survivors.
import gc

current = None
history = []


class Item:
    pass


def advance(keep):
    global current
    new = Item()  # ?rc new
    if keep:
        history.append(new)  # ?rc new
    current = new  # ?rc new
    return new


for i in range(5):
    advance(i % 2 == 0)  # ?rc current
first = history[0]  # ?rc first
last = history[-1]  # ?rc last current
del history[:2]  # ?rc first last
current = None  # ?rc last
print(gc.collect())
