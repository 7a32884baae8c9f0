# Theme: rebinding through `global`, the walrus operator, attribute, item
# and slice targets, and tuple swaps; each rebinding moves one reference
# from the old object to the new one.


class Node:
    pass


current = Node()  # ?rc current
first = current  # ?rc first


def advance():
    global current
    current = Node()  # ?rc current
    return current


got = advance()  # ?rc first got
holder = Node()
holder.ref = first  # ?rc first
holder.ref = got  # ?rc first got
if (picked := first) is not None:
    seen = picked  # ?rc first
slots = [first, first]
slots[0] = got  # ?rc first got
slots[1:] = [got, got]  # ?rc first got
first, got = got, first  # ?rc first got
table = {"a": first}
table["a"] = table.get("b", got)  # ?rc first got
for cursor in (first, got, first):
    pass  # ?rc cursor
cursor = picked = seen = None  # ?rc first got
holder = slots = table = None  # ?rc first got
