# A two-stage data loader: an outer generator delegates to parsing
# sub-generators with `yield from` and collects their return values; sent
# values pass through the delegating frame to the inner one.


class Chunk:
    def __init__(self, payload):
        self.payload = payload


def parse_section(name):
    parsed = []
    while True:
        chunk = yield name
        if chunk is None:
            break
        parsed.append(chunk)  # ?rc chunk parsed
    return parsed


def loader():
    header = yield from parse_section("header-section")
    body = yield from parse_section("body-section")
    combined = header + body  # ?rc header body combined
    return combined


c1 = Chunk(b"\x01\x02")
c2 = Chunk(b"\x03")
c3 = Chunk(b"\x04\x05")
load = loader()  # ?rc load
label = next(load)  # ?rc load
load.send(c1)  # ?rc c1
load.send(c2)  # ?rc c1 c2
label2 = load.send(None)  # ?rc c1 c2
load.send(c3)  # ?rc c3
try:
    load.send(None)
except StopIteration as done:
    result = done.value  # ?rc result c1 c3
final = result  # ?rc result c2


def drive(gen, items):
    next(gen)
    for it in items:
        gen.send(it)  # ?rc it
    return gen


half = drive(loader(), [c1, c2])  # ?rc half c1 c2
half.close()  # ?rc c1 c2
inner = parse_section("standalone-x")
outer_wrap = (x for x in inner)  # ?rc inner outer_wrap
lbl = next(outer_wrap)  # ?rc inner
del outer_wrap  # ?rc inner
pipe = loader()
next(pipe)
sub = pipe.gi_yieldfrom  # ?rc sub pipe
pipe.send(c2)  # ?rc c2 sub
del pipe  # ?rc sub c2
