# Theme: aliasing an object through names, list items, dict values and
# attributes, then removing each path again with del / rebinding / pop.


class Node:
    def __init__(self, label):
        self.label = label
        self.payload = None


def attach(holder, value):
    holder.payload = value  # ?rc value holder
    keep = [value, value]  # ?rc value keep
    return keep


blob = [1.5 * 2, 10 ** 6]  # ?rc blob
n1 = Node("first one")  # ?rc n1
pair = attach(n1, blob)  # ?rc blob pair
table = {"k": blob, "j": n1}  # ?rc blob n1
alias = table["k"]  # ?rc blob alias
del pair[0]  # ?rc blob
popped = table.pop("k")  # ?rc blob popped
table["k2"] = table["j"]  # ?rc n1
n1.payload = n1  # ?rc n1 blob
for i in range(2):
    item = pair  # ?rc blob item
    pair = [item, blob]  # ?rc pair blob
del alias, popped  # ?rc blob
n2 = n1  # ?rc n1
n1 = Node("second one")  # ?rc n2 n1
table.clear()  # ?rc n2
n2.payload = None  # ?rc n2 blob


def unregister(name):
    global n2
    old = n2  # ?rc old
    setattr(old, name, getattr(old, "label"))
    del n2
    return old


back = unregister("copy")  # ?rc back
slot = table.setdefault("s", back)  # ?rc back slot
again = table.setdefault("s", n1)  # ?rc back n1
big = 1000000  # ?rc big -- the same folded constant as 10 ** 6 above
grid = [[big] * 2] * 2  # ?rc big grid
