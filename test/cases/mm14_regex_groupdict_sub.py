# Theme: parse key=value config lines with re.match/groupdict, normalise
# values with re.sub and a replacement function, and keep the match objects
# of the lines that failed validation.
import re

CONF = """host = db.internal.example
port = 5432
timeout=  2.5
user=report_reader
bad line here
path = /var/lib/app  data"""

LINE = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>.+)")  # ?rc LINE
SPACES = re.compile(r"\s{2,}")
settings = {}
rejected = []
for raw in CONF.splitlines():
    m = LINE.match(raw)
    if m is None:
        rejected.append(raw)  # ?rc raw
        continue
    parts = m.groupdict()
    settings[parts["key"]] = SPACES.sub(" ", parts["value"])  # ?rc m parts
del m, parts, raw
host = settings["host"]  # ?rc host settings
path = settings["path"]  # ?rc path
bad = rejected[0]  # ?rc bad


def mask(mt):
    word = mt.group(0)  # ?rc word
    return word[0] + "*" * (len(word) - 1)


masked = re.sub(r"[a-z]{6,}", mask, host)  # ?rc masked host
timeout = float(settings["timeout"])  # ?rc timeout
pairs = [f"{k}={v!r}" for k, v in settings.items()]  # ?rc pairs
joined = "; ".join(pairs)  # ?rc joined
del settings  # ?rc host path
print(masked, timeout, joined, bad)
