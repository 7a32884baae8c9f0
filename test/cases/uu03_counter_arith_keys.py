# Theme: word counts from two shipments with collections.Counter arithmetic:
# +, -, & and | build new Counters whose keys are the key objects of the
# left operand (or of the right one for keys only it has).
from collections import Counter

monday = "bolts nuts washers bolts screws nuts bolts".split()
tuesday = "nuts washers washers rivets nuts".split()
mon = Counter(monday)
tue = Counter(tuesday)
bolts = monday[0]  # ?rc bolts -- the list and mon's key
nuts_mon = monday[1]  # ?rc nuts_mon
nuts_tue = tuesday[0]  # ?rc nuts_tue
rivets = tuesday[4]  # ?rc rivets
both = mon + tue  # ?rc nuts_mon nuts_tue rivets
gone = mon - tue  # ?rc gone nuts_mon
shared = mon & tue  # ?rc nuts_mon nuts_tue
union = mon | tue  # ?rc rivets
del monday, tuesday  # ?rc bolts nuts_mon nuts_tue rivets
top = both.most_common(2)
head = top[0]  # ?rc head
del both  # ?rc nuts_mon head
mon.subtract(tue)  # ?rc nuts_tue
positive = +mon  # ?rc bolts
del mon, tue, gone, shared  # ?rc bolts nuts_mon nuts_tue rivets
print(union, positive, head)
