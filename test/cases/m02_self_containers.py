# Containers holding themselves: lists, dicts and sets that end up in
# their own contents, directly or through each other, only die in gc.
import gc

gc.collect()
lst = []  # ?rc lst
lst.append(lst)  # ?rc lst
lst.append(lst)  # ?rc lst
lst.extend([lst, lst])  # ?rc lst
lst.pop()  # ?rc lst
del lst[0]  # ?rc lst
del lst
print(gc.collect())  # one list

d = {}  # ?rc d
d["self"] = d  # ?rc d
d["again"] = d  # ?rc d
d["self"] = None  # ?rc d
view = d.values()  # ?rc d view
del view  # ?rc d
del d
print(gc.collect())  # one dict

a = []
b = {"a": a}  # ?rc a b
a.append(b)  # ?rc a b
t = (a, b)  # ?rc a b t
a.append(t)  # ?rc t
del a, b, t
print(gc.collect())  # list, dict, tuple


def build(n):
    ring = [[] for _ in range(n)]  # ?rc ring
    for i in range(n):
        ring[i].append(ring[(i + 1) % n])
    head = ring[0]  # ?rc head
    return head


r = build(4)  # ?rc r
print(gc.collect())  # nothing: r keeps the ring alive
r = build(3)  # ?rc r
print(gc.collect())  # the first ring of four lists
del r
print(gc.collect())  # the second ring of three
box = [None]
box[0] = box  # ?rc box
inner = [box]  # ?rc box inner
box.append(inner)  # ?rc box inner
del box  # ?rc inner
del inner
print(gc.collect())
