# a generator driven by send() for more rounds than the analysis follows one by one, then used again
def averager():
    seen = []
    while True:
        x = yield len(seen)
        if x is not None:
            seen.append(x)


marker = object()
avg = averager()
next(avg)
for i in range(1200):
    avg.send(i)
box = [1]  # ?rc box
last = avg.send(5)  # ?rc box
item = [3]
avg.send(item)  # ?rc item
extra = avg.send(7)  # ?rc item box
avg.close()  # ?rc item
holder = {"m": marker}  # ?rc marker holder


def pump(gen, n):
    next(gen)
    for k in range(n):
        gen.send(k)
    return gen


g2 = pump(averager(), 1100)
tail = [9]  # ?rc tail
g2.send(tail)  # ?rc tail
del g2  # ?rc tail
