# A generator used as a coroutine: primed, fed in a loop, results collected.


class Reading:
    def __init__(self, v):
        self.v = v


def averager():
    total = 0.0
    count = 0
    latest = None
    while True:
        r = yield latest
        total += r.v
        count += 1
        latest = r  # ?rc r


readings = [Reading(1.5), Reading(2.5), Reading(3.5)]  # ?rc readings
avg = averager()  # ?rc avg
next(avg)  # ?rc avg
outs = []
for rd in readings:
    outs.append(avg.send(rd))
last = readings[-1]  # ?rc last
mid = readings[1]  # ?rc mid
avg.close()  # ?rc last mid
del outs  # ?rc last mid
del rd  # ?rc last


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [head] + rest


p = Reading(0.5)  # ?rc p
q = Reading(4.5)  # ?rc q
allp = list(perms([p, q, p]))  # ?rc allp p q
del allp  # ?rc p q
pg = perms([p, q])
one = next(pg)  # ?rc one p q
del pg  # ?rc p q
