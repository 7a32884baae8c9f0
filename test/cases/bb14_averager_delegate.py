# Theme: a coroutine pipeline. A sub-generator returns its samples via
# StopIteration.value, which `yield from` hands to the delegator;
# throw() reaches the innermost generator; a finally block in the
# delegator runs when the outer generator is closed.


class Sample:
    def __init__(self, v):
        self.v = v


def averager(tag):
    samples = []
    try:
        while True:
            s = yield (len(samples), tag)
            if s is None:
                break
            samples.append(s)
    except KeyError as e:
        samples.append(e.args[0])
    return samples


def supervisor(tags, results):
    try:
        for tag in tags:
            got = yield from averager(tag)
            results.append(got)  # ?rc got
    finally:
        results.append(tags)


results = []
tags = [str(10 ** 5), str(10 ** 6), str(10 ** 7)]  # ?rc tags
sup = supervisor(tags, results)  # ?rc tags
first = next(sup)  # ?rc first
x = Sample(1.5)  # ?rc x
sup.send(x)  # ?rc x
step = sup.send(x)  # ?rc x step
sup.send(None)  # ?rc x
batch = results[0]  # ?rc batch x
marker = Sample(2.5)  # ?rc marker
err = KeyError(marker)  # ?rc marker err
nxt = sup.throw(err)  # ?rc marker err nxt
sup.send(x)  # ?rc x
sup.close()  # ?rc x tags
del sup  # ?rc x tags
got2 = results[1]  # ?rc got2 marker
del err  # ?rc marker
