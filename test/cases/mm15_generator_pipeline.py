# Theme: a lazy log-processing pipeline of generator functions (read ->
# parse -> filter) consumed partly with next() and then with a for loop;
# suspended generators keep their local records alive.
import gc


class Event:
    def __init__(self, ts, kind, payload):
        self.ts = ts
        self.kind = kind
        self.payload = payload


def read_lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        ts, kind, payload = line.split("|")
        ev = Event(float(ts), kind, payload)
        yield ev


def only(kind, events):
    for ev in events:
        if ev.kind == kind:
            yield ev


DATA = "1.5|click|btn-ok\n2.25|view|page-a\n\n3.0|click|btn-cancel\n4.75|click|link-x\n"
source = read_lines(DATA)  # ?rc source
parsed = parse(source)  # ?rc parsed source
clicks = only("click", parsed)  # ?rc clicks parsed
first = next(clicks)  # ?rc first -- the parse and filter frames still hold it
second = next(clicks)  # ?rc first second
collected = [first, second]
for ev in clicks:
    collected.append(ev)  # ?rc ev
del ev  # ?rc second
del clicks, parsed, source  # ?rc first second
stamps = [e.ts for e in collected]  # ?rc stamps
t0 = stamps[0]  # ?rc t0
half = (e for e in collected if e.ts > 2.0)  # ?rc half collected
late = next(half)  # ?rc late second
half.close()  # ?rc late
del half  # ?rc collected
print(len(collected), t0, late.payload, gc.collect())
