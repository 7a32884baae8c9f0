# Theme: a push pipeline of generator coroutines driven by send(). A
# @primed decorator advances each coroutine to its first yield;
# broadcast() fans values out to several targets, window_avg() keeps a
# sliding window and forwards averages, collect() appends to a list.
import gc
from functools import wraps


def primed(func):
    @wraps(func)
    def start(*args):
        gen = func(*args)
        next(gen)
        return gen  # primed
    return start


@primed
def collect(store):
    while True:
        item = yield
        store.append(item)  # ?rc item store


@primed
def window_avg(size, target):
    window = []
    while True:
        window.append((yield))
        if len(window) > size:
            window.pop(0)
        target.send(sum(window) / len(window))


@primed
def broadcast(targets):
    try:
        while True:
            value = yield
            for t in targets:
                t.send(value)
    finally:
        for t in targets:
            t.close()


raw, averaged = [], []
readings = [12.5, 13.0, 15.5, 11.0]
sink = collect(raw)  # ?rc sink raw
avg = window_avg(2, collect(averaged))  # ?rc avg averaged
hub = broadcast([sink, avg])  # ?rc hub sink avg
for r in readings:
    hub.send(r)  # ?rc r
first = raw[0]  # ?rc first
mean = averaged[-1]  # ?rc mean
print(raw, averaged)
hub.close()  # ?rc sink avg
print(gc.collect())
del hub, sink, avg  # ?rc averaged raw
loop = []
echo = collect(loop)  # ?rc echo loop
echo.send(echo)  # ?rc echo
del echo  # the generator's store holds the generator itself
print(gc.collect())  # ?rc loop
