# Theme: pickle.loads(pickle.dumps(x)) rebuilds a fresh graph: shared objects stay shared, numbers are new per use, the original keeps nothing
import gc
import pickle


class Node:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
        self.links = []


class Pair:
    __slots__ = ("left", "right")


gc.collect()
w = 2.5 * 3  # ?rc w
label = "node label!"  # ?rc label
a = Node(label, w)  # ?rc a w label
b = Node(label, w)
a.links.append(b)
b.links.append(a)  # ?rc a b
tag = ("shared tag!", w)  # ?rc tag
info = {"tag": tag, "again": tag, "nodes": [a, b], "ws": [w, w]}  # ?rc tag w
data = pickle.dumps(info)  # ?rc info a b w tag
info["late"] = [1.5]  # ?rc info
copy = pickle.loads(data)  # ?rc copy info a w
ws = copy["ws"]  # ?rc ws
first = ws[0]  # ?rc first
t2 = copy["tag"]  # ?rc t2
n1 = copy["nodes"][0]  # ?rc n1
s1 = n1.name  # ?rc s1
del ws, first, t2, n1, s1
del copy
print(gc.collect())
p = Pair()
p.left = [w]
p.right = p  # ?rc p
again = pickle.loads(pickle.dumps(p))  # ?rc again p
left = again.left  # ?rc left again
del left, again
print(gc.collect())
del a, b, info
print(gc.collect())
