# Theme: early returns from inside with blocks and loops: __exit__ still
# runs, the loop iterator and the with-manager are released on return.


class Pool:
    def __init__(self, conns):
        self.conns = conns
        self.busy = []

    def __enter__(self):
        return self.conns

    def __exit__(self, *exc):
        self.busy.clear()
        return False


class Conn:
    def __init__(self, ok):
        self.ok = ok


def pick(pool):
    with pool as conns:
        for c in conns:
            pool.busy.append(c)  # ?rc c
            if c.ok:
                return c
    return None


def pick_nested(pools):
    for pool in pools:
        with pool as conns:
            while conns:
                c = conns[-1]
                if c.ok:
                    return [pool, c]
                break
    return []


c1, c2 = Conn(False), Conn(True)  # ?rc c1 c2
pool = Pool([c1, c2])  # ?rc pool
got = pick(pool)  # ?rc got c1 c2 pool
busy = pool.busy  # ?rc busy
pool2 = Pool([c1])  # ?rc pool2
pair = pick_nested([pool2, pool])  # ?rc pair pool pool2 c2
empty = pick(Pool([]))  # ?rc c1
del pair  # ?rc pool c2
del got  # ?rc c2
