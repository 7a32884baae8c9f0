# Theme: generators with send() that store what they receive. The
# generator's frame holds its local list; closing or exhausting the
# generator drops the frame, but the list survives if someone else kept it.


class Msg:
    pass


def collector(limit):
    box = []
    while len(box) < limit:
        item = yield box
        box.append(item)  # ?rc item box
    return box


m1 = Msg()  # ?rc m1
m2 = Msg()
g = collector(4)  # ?rc g
view = next(g)  # ?rc view
view2 = g.send(m1)  # ?rc view m1
g.send(m2)  # ?rc m2 view
g.send(m1)  # ?rc m1 view
del view2  # ?rc view
try:
    g.send(m2)
except StopIteration as stop:
    final = stop.value  # ?rc final m2
del g  # ?rc view m1 m2
g2 = collector(5)
next(g2)
g2.send(m1)  # ?rc m1
g2.close()  # ?rc m1
del final, view  # ?rc m1 m2
