# Theme: typing.Protocol for structural typing. Sinks are plain classes that
# happen to fit the protocol; runtime_checkable isinstance() checks read
# attributes but keep no reference to the object being checked.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Sink(Protocol):
    def write(self, record: list) -> None: ...


class MemorySink:
    def __init__(self):
        self.records = []

    def write(self, record):
        self.records.append(record)  # ?rc record


class CountingSink:
    def __init__(self):
        self.count = 0

    def write(self, record):
        self.count += len(record)


def fan_out(record, *sinks: Sink):
    ok = [s for s in sinks if isinstance(s, Sink)]  # ?rc record
    for s in ok:
        s.write(record)
    return len(ok)


mem = MemorySink()  # ?rc mem
cnt = CountingSink()  # ?rc cnt
rec = ["event: started!", 1.5 * 2]  # ?rc rec
n = fan_out(rec, mem, cnt, "not a sink")  # ?rc rec mem cnt
checks = [isinstance(x, Sink) for x in (mem, cnt, rec)]  # ?rc mem rec
rec2 = ["event: stopped!"]
fan_out(rec2, mem)  # ?rc rec2
stored = mem.records  # ?rc stored rec rec2
del rec, rec2  # ?rc stored
first = stored[0]  # ?rc first
del mem, stored  # ?rc first
