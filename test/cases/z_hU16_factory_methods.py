# Theme: factories. A method builds children of a class it is passed, a
# classmethod builds cls(...): one call site constructs several classes.


class Node:
    def __init__(self, tag):
        self.tag = tag  # ?rc tag
        self.kids = []

    def add(self, kind, tag):
        kid = kind(tag)  # ?rc kid tag
        self.kids.append(kid)
        return kid

    @classmethod
    def make(cls, tag):
        return cls(tag)


class Leaf(Node):
    pass


t = ["root", 0.5]  # ?rc t
root = Node.make(t)  # ?rc root t
a = root.add(Leaf, t)  # ?rc a t
b = root.add(Leaf, t)  # ?rc b t
c = root.add(Node, t)  # ?rc c t
d = Leaf.make(t)  # ?rc d t
e = Node.make(t)  # ?rc e t
del root  # ?rc t a
