# Fixed-width binary record store in io.BytesIO with struct, memoryview.cast and array.
import io
import struct
import array
import gc

REC = struct.Struct("<I8sd")


def write_records(stream, rows):
    for rid, name, score in rows:
        packed = REC.pack(rid, name.encode(), score)  # ?rc packed
        stream.write(packed)
    return stream.tell()


rows = [(1, "alice", 91.5), (2, "bob", 78.25), (3, "carol", 88.0)]  # ?rc rows
store = io.BytesIO()  # ?rc store
size = write_records(store, rows)
raw = store.getvalue()  # ?rc raw
view = store.getbuffer()  # ?rc view store
first = bytes(view[:REC.size])  # ?rc first
view.release()  # ?rc store
recs = [REC.unpack_from(raw, off) for off in range(0, len(raw), REC.size)]  # ?rc recs
r0 = recs[0]  # ?rc r0
name0 = r0[1]  # ?rc name0 r0
scores = array.array("d", [r[2] for r in recs])  # ?rc scores
mv = memoryview(scores)  # ?rc mv scores
as_bytes = mv.cast("B")  # ?rc as_bytes mv scores
back = as_bytes.cast("d")  # ?rc back scores
total = sum(back)  # ?rc total
del mv  # ?rc as_bytes scores
as_bytes.release()
back.release()  # ?rc scores
scores.append(99.5)  # ?rc scores
it = iter(recs)  # ?rc it recs
nxt = next(it)  # ?rc nxt r0
n = gc.collect()
print(size, first, name0, total, n)
