# Theme: del of names, items, slices and attributes. Each removal drops one
# reference; the object survives while other references remain.


class Node:
    pass


a = Node()  # ?rc a
b = a  # ?rc a
items = [a, a, a, Node()]  # ?rc a items
del items[0]  # ?rc a
del items[1:]  # ?rc a items
d = {"one x": a, "two x": a}  # ?rc a d
del d["one x"]  # ?rc a
holder = Node()  # ?rc holder
holder.ref = a  # ?rc a holder
del holder.ref  # ?rc a
holder.ref = holder  # ?rc holder
del holder.ref  # ?rc holder
del b  # ?rc a
big = [Node() for _ in range(4)]  # ?rc big
keep = big[2]  # ?rc keep
del big[::2]  # ?rc keep big
del big[:]  # ?rc keep big
m = [[a], [a]]  # ?rc a m
del m[0][0]  # ?rc a
del m  # ?rc a
x = y = Node()  # ?rc x
del x  # ?rc y
