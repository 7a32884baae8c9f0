# Application: send()-based coroutines: a running averager, a filter that
# forwards to a sink, priming with next(), and close() with cleanup.
import gc
import sys

closed = []


def averager():
    total = 0.0
    count = 0
    avg = None
    try:
        while True:
            value = yield avg
            total += value  # ?rc value
            count += 1
            avg = total / count
    finally:
        closed.append("averager")


def sink(store):
    while True:
        rec = yield
        store.append(rec)  # ?rc rec store


def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)  # ?rc line
    finally:
        target.close()
        closed.append("grep")


class Record:
    def __init__(self, text):
        self.text = text

    def __contains__(self, item):
        return item in self.text


avg = averager()  # ?rc avg
next(avg)  # ?rc avg
a1 = avg.send(10.5)  # ?rc a1
a2 = avg.send(20.5)  # ?rc a2
avg.close()  # ?rc avg
store = []  # ?rc store
sk = sink(store)  # ?rc sk store
next(sk)
flt = grep("err", sk)  # ?rc flt sk
next(flt)
r1 = Record("err: disk")  # ?rc r1
r2 = Record("ok: fine")  # ?rc r2
flt.send(r1)  # ?rc r1
flt.send(r2)  # ?rc r2
got = store[0]  # ?rc got r1
flt.close()  # ?rc sk r1
print(closed, sys.getrefcount(store))
del flt, sk  # ?rc store
del store  # ?rc r1
print(gc.collect())
