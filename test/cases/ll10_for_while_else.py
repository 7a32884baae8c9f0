# Theme: search loops with for/else and while/else; break leaves the loop
# variable bound to the found item; the else branch runs only without break.


class Record:
    def __init__(self, key):
        self.key = key


def find(records, key):
    for rec in records:
        if rec.key == key:
            found = rec  # ?rc rec found
            break
    else:
        found = None
    return found


def pop_until(stack, key):
    popped = []
    while stack:
        top = stack.pop()
        if top.key == key:
            break
        popped.append(top)  # ?rc top popped
    else:
        top = None
    return popped, top


ra, rb, rc = Record(1.5), Record(2.5), Record(3.5)  # ?rc ra rb rc
records = [ra, rb, rc]  # ?rc records
hit = find(records, 2.5)  # ?rc hit rb
miss = find(records, 9.5)  # ?rc rb rc
for rec in records:
    if rec.key > 2.0:
        break
else:
    rec = None
loopvar = rec  # ?rc loopvar rb
stack = list(records)  # ?rc stack ra
popped, top = pop_until(stack, 1.5)  # ?rc popped top ra rc
popped2, none_top = pop_until([rb, rc], 7.5)  # ?rc popped2 rb rc
del popped2  # ?rc rb rc
