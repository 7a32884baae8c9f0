# Theme: nonlocal counters and accumulators: the cell holds the current
# value; rebinding through nonlocal releases the old one.


class Ev:
    pass


def tracker():
    last = None
    history = []

    def record(ev):
        nonlocal last
        prev = last  # ?rc ev
        last = ev  # ?rc ev
        history.append(ev)  # ?rc ev history
        return prev

    def peek():
        return last

    return record, peek


rec, peek = tracker()  # ?rc rec peek
e1, e2 = Ev(), Ev()  # ?rc e1
rec(e1)  # ?rc e1
rec(e2)  # ?rc e1 e2
cur = peek()  # ?rc e2 cur
old = rec(e1)  # ?rc e1 e2 old
del rec  # ?rc e1 e2 peek
del peek  # ?rc e1 e2
