# Application-style: a text-processing pipeline with generators, a cache
# dict, closures and exceptions handled per record.


class Record:
    def __init__(self, key, value):
        self.key = key
        self.value = value


def parse(lines):
    for line in lines:
        parts = line.split(":")
        if len(parts) != 2:
            continue
        yield Record(parts[0], parts[1])


def make_counter():
    counts = {}

    def count(rec):
        counts[rec.key] = counts.get(rec.key, 0) + 1
        return counts

    return count


raw = ["a:1", "b:2", "broken", "a:3"]  # ?rc raw
counter = make_counter()  # ?rc counter
records = list(parse(raw))  # ?rc raw records
first = records[0]  # ?rc first
for rec in records:
    state = counter(rec)  # ?rc rec state
errors = []
for rec in records:
    try:
        if rec.key == "b":
            raise ValueError(rec)
        ok = rec  # ?rc rec
    except ValueError as err:
        errors.append(err)  # ?rc rec
bad = errors[0]  # ?rc bad
del errors  # ?rc bad
cache = {}
for rec in records:
    cache[rec.key] = rec  # ?rc rec cache
del records, rec, ok  # ?rc first
kept = cache["a"]  # ?rc kept first
