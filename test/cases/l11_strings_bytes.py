# Course exercise: a CSV-ish record formatter with str methods, f-strings and
# format(), then a binary packet built with bytes, bytearray and memoryview.
import gc

RAW = "id=17; name=Ada Lovelace; role=analyst, mathematician"


def parse(raw):
    fields = {}  # ?rc fields
    for part in raw.split(";"):
        key, _, value = part.strip().partition("=")
        fields[key] = value  # ?rc value
    return fields


rec = parse(RAW)  # ?rc rec
name = rec["name"]  # ?rc name
roles = rec["role"].split(", ")  # ?rc roles
role0 = roles[0]  # ?rc role0
upper = name.upper()  # ?rc upper
joined = " & ".join(roles)  # ?rc joined
line = "{0:>14} | {1:<20}".format(name, joined)  # ?rc line name
fline = f"{rec['id']:>4}: {name!r} ({len(roles)} roles)"  # ?rc fline name
stripped = "   padded text   ".strip()  # ?rc stripped
same = name.strip()  # ?rc same name
replaced = name.replace("Ada", "Augusta Ada")  # ?rc replaced
words = [w.capitalize() for w in "the analytical engine".split()]  # ?rc words
title = " ".join(words)  # ?rc title words

header = bytes([0x52, 0x4C, 0x01, 0x00])  # ?rc header
payload = name.encode("utf-8")  # ?rc payload
packet = bytearray(header)  # ?rc packet header
packet += payload  # ?rc packet payload
packet.extend(b"\x00\xff")  # ?rc packet
view = memoryview(packet)  # ?rc view packet
body = view[4:-2]  # ?rc body view packet
body_bytes = body.tobytes()  # ?rc body_bytes
decoded = bytes(body).decode()  # ?rc decoded
try:
    packet.append(0)
except BufferError:
    status = "locked while viewed"  # ?rc packet
body.release()
view.release()  # ?rc view packet
packet.append(0)  # ?rc packet
checksum = sum(packet) % 256
hexed = packet.hex(" ")  # ?rc hexed
del view, body  # ?rc packet
print(gc.collect())
print(line, fline, stripped, replaced, title, body_bytes, decoded, status, checksum, hexed)
