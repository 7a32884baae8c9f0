# Theme: a handler keeps an exception the model cannot see (raised under an undecidable test, or by unknown code): its traceback keeps the frames
import os
kept = []
def work(data, limit):
    tmp = [data]
    try:
        os.stat(limit)
    except OSError as e:
        kept.append(e)
    return len(tmp)

def check(item, limit):
    extra = [item]
    if len(os.environ) < limit:
        raise KeyError("low")
    return extra

def mid(thing):
    local = [thing, thing]
    check(thing, 10 ** 9)
    return local

def outer(payload):
    try:
        mid(payload)
    except KeyError as exc:
        kept.append(exc)
    return 1

def quiet(payload):
    try:
        mid(payload)
    except KeyError as exc:
        print("failed", exc)
    return 1

p1 = [1.5]
work(p1, "/nonexistent-dir/x")  # ?rc p1
p2 = [2.5]
outer(p2)  # ?rc p2
p3 = [3.5]
quiet(p3)  # ?rc p3
kept.clear()  # ?rc p1 p2 p3
