# Theme: augmented assignment building tuples in a loop: each += makes a new
# tuple; starting from () the first += hands back the right operand itself.


class Row:
    pass


r = Row()  # ?rc r
acc = ()
for i in range(3):
    acc += (r,)  # ?rc r acc
snap = acc  # ?rc acc
acc += ()  # ?rc acc snap
acc = acc + (r,)  # ?rc r snap
names = ()
names += ("alpha beta", "gamma delta")  # ?rc names
first = names[0]  # ?rc first
del acc, snap  # ?rc r
pairs = []
pairs += [(r, r)]  # ?rc r pairs
flat = ()
for p in pairs:
    flat += p  # ?rc r flat
