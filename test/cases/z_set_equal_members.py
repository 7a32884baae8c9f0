# Equal but distinct set members: & keeps the smaller set's (the right one at equal sizes), intersection(it) the iterable's, |, - and ^ each side's own.
w1 = float("0.75")  # ?rc w1
w2 = float("0.75")  # ?rc w2
common = {w2} & {w1}  # ?rc w1 w2
del common  # ?rc w1 w2
inter = {w1}.intersection([w2])  # ?rc w1 w2
del inter
big = {w1, 1.25} & {w2}  # ?rc w1 w2
del big
a1 = float("2.5")
a2 = float("2.5")
b1 = float("3.5")
b2 = float("3.5")
s = {a1, b1}
s &= {a2}  # ?rc a1 a2
t = {a1}
t &= {a2, b2}  # ?rc a1 a2 b2
u = {a1, b1}
u.intersection_update([a2, b2])  # ?rc a1 a2 b1 b2
del s, t, u
v = {a1}.union([a2])  # ?rc a1 a2
w = {a1} | {a2, b2}  # ?rc a1 a2 b2
x = {a1, b1} ^ {a2}  # ?rc a1 a2 b1
y = {a1}.symmetric_difference([a2, b2])  # ?rc a1 a2 b2
z = {a1, b1}
z.symmetric_difference_update({a2})  # ?rc a1 a2 b1
q = {a1, b1}.difference([a2])  # ?rc a1 a2 b1
r = {a1}.intersection({a2, b1}, [b2, a2])  # ?rc a1 a2 b1 b2
fz = frozenset([a1])
p = fz & {a2}  # ?rc a1 a2
