# Theme: generators abandoned early: break out of a for loop over a
# generator, try/finally inside the generator, and a generator in a cycle.
import gc


class Rec:
    pass


closed = []


def produce(items):
    try:
        for rec in items:
            yield rec
    finally:
        closed.append(len(items))  # ?rc items


r1, r2, r3 = Rec(), Rec(), Rec()  # ?rc r1
batch = [r1, r2, r3]  # ?rc batch
for rec in produce(batch):
    if rec is r2:
        break
after = rec  # ?rc batch r2 after
g = produce(batch)  # ?rc batch g
head = next(g)  # ?rc batch r1
del g  # ?rc batch r1
gc.collect()


class Owner:
    def __init__(self, data):
        self.gen = self.walk(data)

    def walk(self, data):
        for d in data:
            yield d


o = Owner(batch)  # ?rc o batch
step = next(o.gen)  # ?rc r1 batch
del o, step
print(gc.collect())  # owner and its suspended generator
print(len(closed))
