# Theme: instances built in pairs by a helper called several times, with a
# class-level counter the helper bumps (the class gets a new version each time).
import gc

gc.collect()


class Conn:
    open_count = 0

    def __init__(self, host):
        self.host = host  # ?rc host
        self.peer = None

    def close(self):
        Conn.open_count -= 1


def pair(host):
    a = Conn(host)
    b = Conn(host)
    a.peer, b.peer = b, a
    Conn.open_count += 2
    return a


h = ["db", 5432.5]  # ?rc h
p1 = pair(h)  # ?rc h
p2 = pair(h)  # ?rc h
p3 = pair(h)  # ?rc h
p1.close()
del p1, p2
print(gc.collect())  # ?rc h
