# Data pipeline: generators with send, f-strings, enumerate(start=1), finally in a loop.


def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        value = yield avg
        total += value
        n += 1
        avg = total / n


samples = [1.5, 2.5, 3.5]  # ?rc samples
acc = averager()  # ?rc acc
next(acc)
for s in samples:
    current = acc.send(s)  # ?rc s samples
labels = []
for i, s in enumerate(samples, start=1):
    labels.append(f"{i}: {s}")  # ?rc s labels
log = []
for s in samples:
    try:
        if s > 3.0:
            raise ValueError(s)
        log.append(s)  # ?rc s log
    except ValueError:
        log.append(None)
    finally:
        last = s  # ?rc s last
acc.close()  # ?rc acc samples
callbacks = [lambda: s for s in samples]  # ?rc callbacks samples
result = [cb() for cb in callbacks]  # ?rc result
