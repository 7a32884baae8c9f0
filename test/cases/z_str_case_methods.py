# str.title / capitalize / swapcase / casefold of known ASCII text: the model knows the new str's
# text, so a dict keyed by it knows which store replaces an entry (and which keys it keeps).
parts = ["one piece", "two pieces", "three pieces", "they're 1st"]
names = {}
for p in parts:
    names[p.title()] = p
first_part = parts[0]  # ?rc first_part names
k = first_part.title()  # ?rc k
names[k] = first_part  # ?rc k first_part
caps = {}
for p in parts:
    caps[p.capitalize()] = p
    caps[p.swapcase()] = p
    caps[p.casefold()] = p
again = "ONE PIECE".swapcase()  # ?rc again
caps[again] = again  # ?rc again first_part
t = "they're 1st".title()  # ?rc t
names[t] = t  # ?rc t
e = "".title()  # ?rc e
one = "a".capitalize()  # ?rc one
keys = sorted(names)  # ?rc keys
