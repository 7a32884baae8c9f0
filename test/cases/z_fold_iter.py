# The AST optimizer folds what for / comprehensions / a final in iterate: list displays become tuples (constants when all items are), set displays of constants frozensets
v = 7.5
a = v in [7.5, 8.5]  # ?rc v
w = 9.5
b = w in {9.5, 10.5}  # ?rc w
for x in [11.5, 12.5]:
    y = x  # ?rc x
for z in {13.5}:
    q = z  # ?rc z
c = [t for t in [14.5, 15.5]]  # ?rc c
u = 16.5
d = u not in [16.5]  # ?rc u
e = 17.5
f = e in [17.5, e * 1, 18.5]  # ?rc e
def g(p):
    r = p in {19.5, 20.5}
    s = 19.5  # ?rc s
    for t in {21.5}:
        w = t  # ?rc t
    return r
g(1.5)
a2 = 2.5 * 1
h = a2 in (2.5, 3.5)  # ?rc a2
a3 = 2.5 * 1
t = (2.5, 3.5)  # ?rc a2
b2 = 4.5 * 1  # ?rc b2
c2 = 4.5  # ?rc b2
