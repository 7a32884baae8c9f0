# Theme: duck-typed stream helpers that probe what an object offers
# (getattr(stream, 'fileno', None), hasattr(buf, 'getbuffer'), a name the
# type lacks) on io.StringIO / io.BytesIO, a log buffer tagged by the program.
import gc
import io


def describe(stream):
    name = getattr(stream, "name", None)
    size = getattr(stream, "content_length", None)
    return (name, size)


def can_share(buf):
    return hasattr(buf, "getbuffer") and not hasattr(buf, "raw")


log = io.StringIO()
log.write("boot ok\n")
info = describe(log)  # ?rc log info
sentinel = ["no-length"]
length = getattr(log, "length", sentinel)  # ?rc log sentinel length
payload = io.BytesIO(b"\x00\x01\x02")
shared = can_share(payload)  # ?rc payload
closer = getattr(payload, "close", None)  # ?rc payload closer
del closer  # ?rc payload
mode = getattr(payload, "mode", sentinel)  # ?rc payload sentinel mode
del mode
payload.origin = "upload"  # ?rc payload sentinel
origin = getattr(payload, "origin", None)  # ?rc payload
del origin
try:
    log.encoding_hint
except AttributeError:
    hint = None  # ?rc log
spool = io.BytesIO()
fileno = getattr(spool, "fileno", None)
print(info, length is sentinel, shared, fileno is not None)
del info, length, fileno, spool
print(gc.collect())  # ?rc log payload sentinel
