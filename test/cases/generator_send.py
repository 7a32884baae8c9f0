# Theme: generators driven by send() and close(), and the values they hold.
class Msg:
    pass

def echo():
    received = None
    while True:
        received = yield received

m = Msg()  # ?rc m
g = echo()
next(g)
out = g.send(m)  # ?rc m out
out = None  # ?rc m
g.send(None)  # ?rc m
def collect():
    seen = []
    try:
        while True:
            item = yield len(seen)
            seen.append(item)
    finally:
        seen.clear()
c = collect()
next(c)
c.send(m)  # ?rc m
c.send(m)  # ?rc m
c.close()  # ?rc m
