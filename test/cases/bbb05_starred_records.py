# Theme: starred and nested unpacking of records read from a log. The starred
# target is always a new list; nested targets bind the inner elements directly.


class Event:
    def __init__(self, kind):
        self.kind = kind


start = Event("start up")
stop = Event("shut down")
ping = Event("ping!")
log = [
    (start, (1.5, 2.5), ping, ping),
    (ping, (3.5, 4.5)),
    (stop, (5.5, 6.5), ping),
]  # ?rc ping log

for first, (lo, hi), *extra in log:
    span = hi - lo  # ?rc first extra span

head, *body, tail = log  # ?rc body head tail
(kind0, coords0, *_), *others = log  # ?rc coords0 others


def summarize(records):
    out = []
    for ev, pos, *rest in records:
        out.append((ev, len(rest)))  # ?rc ev rest
    *early, last = out  # ?rc early last
    return early


summary = summarize(log)  # ?rc summary ping
only, = [stop]  # ?rc stop
a, (b, *c) = start, [stop, ping, ping]  # ?rc c ping
del log  # ?rc start ping head
del head, tail, body, others, kind0, coords0, first, extra  # ?rc start ping
del a, b, c, only  # ?rc ping
print(len(summary))
