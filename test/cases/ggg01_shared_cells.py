# Theme: two inner functions sharing one closure cell. A getter and a setter
# made by the same outer call see the same cell; rebinding through nonlocal
# swaps the object the cell holds, and the old one loses that reference.


class Slot:
    def __init__(self, label):
        self.label = label


def make_slot_pair(initial):
    current = initial  # ?rc initial current

    def get():
        return current

    def put(value):
        nonlocal current
        old = current  # ?rc old value
        current = value  # ?rc old value
        return old

    return get, put


first = Slot("first slot")  # ?rc first
get, put = make_slot_pair(first)  # ?rc first
seen = get()  # ?rc first seen
second = Slot("second slot")  # ?rc second
prev = put(second)  # ?rc first second prev
del seen, prev  # ?rc first
now = get()  # ?rc second now
cells = get.__closure__  # ?rc cells
cell = cells[0]  # ?rc cell
same = put.__closure__[0] is cell
print(same)
del now
del get  # ?rc cells second
del cells  # ?rc cell
del put  # ?rc cell second
del cell  # ?rc second first
third = Slot("third slot")
g2, p2 = make_slot_pair(third)  # ?rc third
for label in ("a-1", "b-2", "c-3"):
    fresh = Slot(label)
    back = p2(fresh)  # ?rc fresh back
del back, fresh  # ?rc third
held = g2()  # ?rc held
