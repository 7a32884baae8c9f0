# A container holding itself prints [...] (Py_ReprEnter): its items' __repr__ still runs once;
# objects whose __repr__ reprs a list that leads back to them stop at that list.
kept = []


class Keep:
    def __repr__(self):
        kept.append(self)
        return 'Keep()'


class Node:
    def __init__(self):
        self.nbrs = []

    def __repr__(self):
        kept.append(self)
        return f'Node({self.nbrs!r})'


a = Keep()
lst = [a]
lst.append(lst)
s = repr(lst)  # ?rc a lst
d = {'me': None, 'k': a}
d['me'] = d
t = repr(d)  # ?rc a d
n1 = Node()
n2 = Node()
n1.nbrs.append(n2)
n2.nbrs.append(n1)
u = repr(n1)  # ?rc n1 n2
v = str([n1, n2])  # ?rc n1 n2
kept.clear()  # ?rc a n1 n2
