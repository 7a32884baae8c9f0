# copy.copy and copy.deepcopy: which objects are new, which are shared.
import copy
import gc


class Node:
    def __init__(self, name, kids):
        self.name = name
        self.kids = kids


gc.collect()
items = [1000 + int("1"), "word", [7, 8]]  # ?rc items
shallow = copy.copy(items)  # ?rc items shallow
inner = items[2]  # ?rc inner
deep = copy.deepcopy(items)  # ?rc items deep inner
dinner = deep[2]  # ?rc dinner inner
big = items[0]  # ?rc big

t_atoms = (1, "x", big)  # ?rc t_atoms big
t_same = copy.deepcopy(t_atoms)  # ?rc t_atoms t_same big
t_list = (big, [big])  # ?rc t_list big
t_new = copy.deepcopy(t_list)  # ?rc t_list t_new big
t_shallow = copy.copy(t_list)  # ?rc t_list t_shallow

d = {"k": items, "n": big}  # ?rc d items big
d2 = copy.copy(d)  # ?rc d d2 items big
d3 = copy.deepcopy(d)  # ?rc d d3 items big
s = {big, "word"}  # ?rc s big
s2 = copy.copy(s)  # ?rc s s2 big
s3 = copy.deepcopy(s)  # ?rc s s3 big

shared = [0]
pair = [shared, shared]  # ?rc shared pair
pair2 = copy.deepcopy(pair)  # ?rc shared pair pair2
copied_shared = pair2[0]  # ?rc copied_shared

loop = [1]
loop.append(loop)  # ?rc loop
loop2 = copy.deepcopy(loop)  # ?rc loop loop2

leaf = Node("leaf", [])  # ?rc leaf
root = Node("root", [leaf])  # ?rc root leaf
root_c = copy.copy(root)  # ?rc root root_c leaf
root_d = copy.deepcopy(root)  # ?rc root root_d leaf
kids_d = root_d.kids  # ?rc kids_d
leaf_d = kids_d[0]  # ?rc leaf_d leaf

n = copy.copy(big)  # ?rc n big
f = copy.copy(len)  # ?rc f
del loop, loop2
print(gc.collect())
del root, root_c, root_d, kids_d, leaf_d, leaf
print(gc.collect())
