# Nested try blocks inside loops: break out of a try/finally, continue in an
# except, and the finally's work happening on every path.


class Conn:
    def __init__(self):
        self.closed = 0


def process(conns, bad):
    done = []
    for c in conns:
        try:
            if c is bad:
                raise ConnectionError(c)
            if len(done) == 2:
                break
            done.append(c)
        except ConnectionError as e:
            held = e.args[0]  # ?rc held
            continue
        finally:
            c.closed += 1
    return done


cs = [Conn(), Conn(), Conn(), Conn()]  # ?rc cs
a, b, c, d = cs  # ?rc a b c d
res = process(cs, b)  # ?rc a b c d res
res2 = process(cs, None)  # ?rc a b c res2
del res, res2  # ?rc a b c d


def find_first(conns):
    for c in conns:
        try:
            return c
        finally:
            last = c  # ?rc c last


got = find_first(cs)  # ?rc a got
