# del in loops: deleting names and items while iterating, and what stays
# alive through the loop variable after the loop ends.
import gc


class Item:
    def __init__(self, v):
        self.v = v


gc.collect()
items = [Item(i * 0.5) for i in range(4)]  # ?rc items
for it in items:
    alias = it  # ?rc it alias
    del alias  # ?rc it
last = it  # ?rc last it
del it  # ?rc last
while items:
    top = items.pop()  # ?rc top
    del top
print(len(items))
del last
table = {n: Item(n * 1.5) for n in range(3)}  # ?rc table
for key in list(table):
    val = table[key]  # ?rc val
    del table[key]  # ?rc val
del val
print(gc.collect())
nodes = []
for i in range(3):
    n = Item(i * 2.5)  # ?rc n
    n.ref = n  # ?rc n
    nodes.append(n)  # ?rc n
    del n  # ?rc nodes
del nodes[0]  # ?rc nodes
print(gc.collect())  # the first self-referencing item
del nodes[:]  # ?rc nodes
print(gc.collect())  # the other two


def drain(seq):
    count = 0
    while seq:
        x = seq.pop(0)  # ?rc x
        count += 1
        del x  # ?rc seq
    return count


data = [Item(3.5), Item(4.5)]
print(drain(data))
grid = [[Item(0.5)] * 3 for _ in range(2)]  # ?rc grid
row = grid[0]  # ?rc row
cell = row[0]  # ?rc cell
del grid  # ?rc row cell
del row  # ?rc cell
print(gc.collect())
