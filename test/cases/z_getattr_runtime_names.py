# getattr / hasattr / setattr with names made at run time: the type's method cache keeps the name string
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
names = ["".join(["x"]), "".join(["y", "z"])]
n0 = names[0]  # ?rc n0
v = getattr(p, n0)  # ?rc n0
n1 = names[1]  # ?rc n1
h = hasattr(p, n1)  # ?rc n1
w = getattr(p, n1, None)  # ?rc n1
s = "a" + str(len(names))  # ?rc s
setattr(p, s, 5)  # ?rc s
t = "q" + str(len(names))  # ?rc t
k = getattr(p, t, 0)  # ?rc t
