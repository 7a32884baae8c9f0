# Course exercise: parsing a web server log with the re module: compiled
# patterns, named groups, findall, finditer, sub with a function and split.
import re
import gc

LOG = """10.0.0.1 - GET /index.html 200 512
10.0.0.2 - POST /login 302 0
10.0.0.1 - GET /images/logo.png 404 0
10.0.0.3 - GET /index.html 200 498"""

LINE_RE = re.compile(r"(?P<ip>\S+) - (?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+)")  # ?rc LINE_RE


def parse_lines(text):
    rows = []  # ?rc rows
    for m in LINE_RE.finditer(text):
        row = m.groupdict()  # ?rc row m
        rows.append(row)
    return rows


def mask(match):
    ip = match.group(0)  # ?rc ip match
    return ip.rsplit(".", 1)[0] + ".x"


rows = parse_lines(LOG)  # ?rc rows
first = rows[0]  # ?rc first
path = first["path"]  # ?rc path
statuses = re.findall(r" (\d{3}) ", LOG)  # ?rc statuses
errors = [r for r in rows if r["status"].startswith("4")]  # ?rc errors
m = LINE_RE.match(LOG)  # ?rc m
whole = m.group(0)  # ?rc whole m
parts = m.groups()  # ?rc parts m
span = m.span("path")  # ?rc span
masked = re.sub(r"\d+\.\d+\.\d+\.\d+", mask, LOG)  # ?rc masked
fields = re.split(r"\s+-\s+|\s+", whole)  # ?rc fields
ip_re = re.compile(r"(\d+)\.(\d+)")  # ?rc ip_re
again = re.compile(r"(\d+)\.(\d+)")  # ?rc again ip_re
found = ip_re.search(whole)  # ?rc found ip_re
octets = found.groups()  # ?rc octets
counts = {}  # ?rc counts
for r in rows:
    counts[r["path"]] = counts.get(r["path"], 0) + 1  # ?rc r
del m, found  # ?rc whole
flags_re = re.compile(r"get|post", re.IGNORECASE)  # ?rc flags_re
methods = flags_re.findall(LOG)  # ?rc methods
first["self"] = first
del first, rows, errors, r
print(gc.collect())
print(path, statuses, span, masked[:40], fields, octets, counts, methods, parts)  # ?rc LINE_RE
