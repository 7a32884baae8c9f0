# Theme: try/except/else/finally with return statements: a return in
# finally overrides the pending return value or swallows the exception;
# the overridden value is released, the else branch runs only on success.


class Record:
    def __init__(self, label):
        self.label = label


audit = []  # ?rc audit


def parse(rec, text):
    try:
        value = float(text)
    except ValueError:
        audit.append(rec)
        return None
    else:
        pair = [rec, value]  # ?rc rec
        return pair
    finally:
        audit.append(text)


def stubborn(rec, fail):
    try:
        if fail:
            raise RuntimeError(rec)
        return [rec, rec]
    finally:
        return rec


def cleanup_first(rec):
    holder = {"rec": rec}
    try:
        return holder
    finally:
        holder.clear()  # ?rc rec


r = Record("sensor one")  # ?rc r
p = parse(r, "2.5")  # ?rc r p audit
bad = parse(r, "n/a")  # ?rc r audit
s1 = stubborn(r, False)  # ?rc r s1
s2 = stubborn(r, True)  # ?rc r s2
h = cleanup_first(r)  # ?rc r h
audit.clear()  # ?rc r
del p, s1, s2  # ?rc r
