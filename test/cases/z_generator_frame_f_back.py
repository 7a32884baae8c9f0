# Theme: a finished generator's kept frame links the frame that resumed it (3.12+), not on 3.11
kept = []


def worker():
    try:
        yield 1
    except KeyError as e:
        kept.append(e)


def driver(g, payload):
    try:
        g.throw(KeyError("stop"))
    except StopIteration:
        pass
    return len(payload)


def closer(g, payload):
    g.close()
    return len(payload)


def guarded():
    try:
        yield 1
    finally:
        kept.append(ValueError("closing"))


g = worker()
next(g)
payload = [1.5]
driver(g, payload)  # ?rc payload
kept.clear()  # ?rc payload
h = guarded()
next(h)
other = [2.5]
closer(h, other)  # ?rc other
kept.clear()  # ?rc other
