# Theme: a send() protocol: a running-average coroutine keeps the last value
# sent and a history list; a sentinel ends it with StopIteration.value.


class Sample:
    def __init__(self, v):
        self.v = v


STOP = object()


def averager(history):
    total = 0.0
    count = 0
    avg = None
    while True:
        item = yield avg
        if item is STOP:
            break
        history.append(item)  # ?rc item history
        total += item.v
        count += 1
        avg = total / count
    return [history, avg]


hist = []  # ?rc hist
co = averager(hist)  # ?rc co hist
next(co)
s1 = Sample(2.5)  # ?rc s1
a1 = co.send(s1)  # ?rc a1 s1
s2 = Sample(4.5)  # ?rc s2
a2 = co.send(s2)  # ?rc a2 s2
try:
    co.send(STOP)
except StopIteration as stop:
    result = stop.value  # ?rc result hist
final_avg = result[1]  # ?rc final_avg
del co  # ?rc hist s2
del result  # ?rc hist final_avg
hist.clear()  # ?rc s1 s2
