# Theme: a batch loader that switches the collector off while building many
# linked records, then on again, collecting explicitly at the end.
import gc


class Record:
    __slots__ = ("key", "owner", "peers")

    def __init__(self, key, owner):
        self.key = key
        self.owner = owner
        self.peers = []


class Batch:
    def __init__(self):
        self.records = []

    def add(self, key):
        rec = Record(key, self)
        for other in self.records:
            other.peers.append(rec)
        self.records.append(rec)
        return rec


gc.collect()
was = gc.isenabled()
gc.disable()
batch = Batch()  # ?rc batch
r0 = batch.add(10 ** 6)  # ?rc batch r0
r1 = batch.add(10 ** 7)  # ?rc r0 r1
r2 = batch.add(10 ** 8)  # ?rc r0 r1 r2 batch
recs = batch.records  # ?rc recs
print(gc.collect())  # nothing unreachable yet
del batch, recs  # ?rc r0 r1 r2
print(gc.collect())  # still reachable through r0, r1, r2
del r0, r1, r2
gc.enable()
print(gc.collect())  # batch, its list, three records, three peer lists
if not was:
    gc.disable()
key = 10 ** 9 + 7  # ?rc key
holder = Record(key, None)  # ?rc key holder
holder.peers.append(holder)  # ?rc holder
del holder  # ?rc key
print(gc.collect())  # the record and its peer list
