# Theme: a plugin loader and a batching helper that feature-probe the
# objects they are given: hasattr(it, '__len__') on iterators and
# generators, getattr(obj, 'close', None) for cleanup, re.Match groups.
import gc
import re


def sized(it):
    return hasattr(it, "__len__")


def size_hint(it, fallback):
    hint = getattr(it, "__length_hint__", None)
    return fallback if hint is None else hint()


def shutdown(obj, default):
    closer = getattr(obj, "close", default)
    return closer


def records(rows):
    for r in rows:
        yield r


async def fetch(key):
    return key


rows = [["alpha"], ["beta"], ["gamma"]]
it = iter(rows)
flag = sized(it)  # ?rc it rows
pending = iter([["delta"], ["eps"]])
n = size_hint(pending, 0)  # ?rc it rows
mapped = map(len, rows)
probe = getattr(mapped, "__length_hint__", rows)  # ?rc mapped rows probe
del probe
numbered = enumerate(rows)
has_len = hasattr(numbered, "__len__")  # ?rc numbered
zipped = zip(rows, range(3))
count = getattr(zipped, "count", None)  # ?rc zipped
keys = iter({"a": rows})
nxt = getattr(keys, "next", rows)  # ?rc keys rows nxt
del nxt
gen = records(rows)
stop = shutdown(gen, rows)  # ?rc gen rows
del stop  # ?rc gen
peek = getattr(gen, "peek", rows)  # ?rc gen rows peek
del peek
co = fetch(rows)
waits = getattr(co, "gi_frame", None)  # ?rc co
co.close()
pat = re.compile(r"(\w+)=(\d+)")
m = pat.match("port=8080")
spans = getattr(m, "spans", None)  # ?rc m
named = hasattr(m, "groupdict")  # ?rc m
flags = getattr(pat, "options", rows)  # ?rc pat rows flags
del flags
print(flag, n, has_len, count, waits, spans, named)
del it, pending, mapped, numbered, zipped, keys, gen, m
print(gc.collect())  # ?rc rows
