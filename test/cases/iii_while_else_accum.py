# Theme: while/else accumulating objects, break out of the loop skipping else,
# and an augmented assignment on a list shared by two names.
class Chunk:
    pass


acc = []  # ?rc acc
alias = acc  # ?rc acc alias
n = 0
while n < 3:
    acc += [Chunk()]  # ?rc acc
    n += 1
else:
    done = acc[-1]  # ?rc done
print(alias is acc)
acc = acc + [Chunk()]  # ?rc acc alias
m = 0
while True:
    c = Chunk()  # ?rc c
    alias.append(c)  # ?rc c
    m += 1
    if m == 2:
        break
else:
    never = c
last = alias[-1]  # ?rc last c
del alias[:]  # ?rc c done last
del acc  # ?rc c
