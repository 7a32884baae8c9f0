# A batch writer generator that buffers rows and reacts to throw() by
# discarding the current batch and to close() by flushing in its finally
# block. The buffer and the row in flight live in the suspended frame.


class Retry(Exception):
    pass


class Row:
    def __init__(self, key):
        self.key = key


flushed = []


def batch_writer(size):
    buffer = []
    try:
        while True:
            try:
                row = yield len(buffer)
                buffer.append(row)  # ?rc row buffer
                if len(buffer) >= size:
                    flushed.append(list(buffer))
                    buffer.clear()
            except Retry:
                dropped = buffer[:]  # ?rc dropped
                buffer.clear()
    finally:
        flushed.append(buffer)  # ?rc buffer


a, b, c = Row(1001), Row(1002), Row(1003)  # ?rc a
w = batch_writer(3)
next(w)
w.send(a)  # ?rc a
w.send(b)  # ?rc a b
w.throw(Retry())  # ?rc a b
w.send(c)  # ?rc c
w.close()  # ?rc c a
last = flushed[-1]  # ?rc last c


def guarded(gen, rows):
    next(gen)
    for r in rows:
        gen.send(r)  # ?rc r
    gen.close()
    return len(flushed)


n = guarded(batch_writer(2), [a, b, c])  # ?rc a b c
pending = batch_writer(5)
next(pending)
pending.send(b)  # ?rc b
err = Retry("stop here")  # ?rc err
try:
    pending.throw(err)
except Retry:
    pass
after_throw = pending  # ?rc err b
del pending  # ?rc b
