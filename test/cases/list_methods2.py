# Theme: list methods that copy, extend, sort and remove references.
class N:
    def __init__(self, k):
        self.k = k

x = N(2)
y = N(1)
lst = [x, y, x]  # ?rc x y lst
lst2 = lst * 2  # ?rc x y lst2
lst.extend([y])  # ?rc y
lst.sort(key=lambda n: n.k)  # ?rc x y
lst.reverse()  # ?rc x y
lst.remove(x)  # ?rc x
idx = lst.index(y)  # ?rc y
cnt = lst.count(x)  # ?rc x
lst2[1:3] = []  # ?rc x y
lst2 += [x]  # ?rc x lst2
copy = lst2.copy()  # ?rc x y copy
del lst2[0]  # ?rc x
copy.clear()  # ?rc x y
