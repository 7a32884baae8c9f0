# Theme: constant tuples and strings shared through co_consts.
def pair():
    return (1.5, 2.5)

a = pair()  # ?rc a
b = pair()  # ?rc a b
c = (1.5, 2.5)  # ?rc a c
names = ("alpha beta", "gamma delta")  # ?rc names
first = names[0]  # ?rc first names
def label():
    return "alpha beta"
lab = label()  # ?rc lab first
big = 10 ** 6  # ?rc big
big2 = 10 ** 6  # ?rc big big2
f = 2.5 * 4  # ?rc f
