# Loops past the rounds followed one by one over a list, an enumerate, a zip, a dict's items
# and a while counter: the next real item's round runs on its own, then the widened passes all
# run with an unknown item, so an operation on that item (which may run any code) is seen by
# the first of them, and the lists and instances the loops only append to keep exact counts.
class Acc:
    def __init__(self):
        self.items = []


acc = Acc()  # ?rc acc
results = []  # ?rc results
tag = "not an identifier!"  # ?rc tag
data = list(range(3000))  # ?rc data
for i, x in enumerate(data):
    if x % 500 == 0:
        results.append(i)
r1 = results  # ?rc results
for k, v in zip(range(2000), range(2000)):
    if k == v + 1:
        acc.items.append(tag)
r2 = acc  # ?rc acc
n = 0
while n < 5000:
    n += 1
    if n % 1000 == 0:
        results.append(n)
r3 = results  # ?rc results
table = {i: i * 2 for i in range(1500)}  # ?rc table
for key, val in table.items():
    if val % 3 == 0:
        acc.items.append(key)
r4 = acc  # ?rc acc
words = ["w%d" % i for i in range(1200)]  # ?rc words
for w in words:
    if w.endswith("7"):
        results.append(w)
r5 = results  # ?rc results words
