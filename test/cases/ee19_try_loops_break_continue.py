# Theme: try/except/finally inside loops with break, continue and return;
# the handler's name is cleared on every exit path.
class Conn:
    def __init__(self, ok):
        self.ok = ok


def first_ok(conns):
    tried = []
    for conn in conns:
        try:
            if not conn.ok:
                raise ConnectionError(conn)
            return conn
        except ConnectionError as exc:
            bad = exc.args[0]  # ?rc bad
            continue
        finally:
            tried.append(conn)  # ?rc conn tried
    return None


def drain(conns):
    kept = []
    i = 0
    while True:
        try:
            c = conns[i]  # ?rc c
            if c.ok:
                break
            kept.append(c)
        except IndexError:
            break
        finally:
            i += 1
    return kept


c1, c2, c3 = Conn(False), Conn(True), Conn(True)
conns = [c1, c2, c3]  # ?rc conns
best = first_ok(conns)  # ?rc best c1 c2
kept = drain(conns)  # ?rc kept c1
kept2 = drain([c1, c1])  # ?rc kept2 c1
