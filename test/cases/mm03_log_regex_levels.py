# Theme: scan an inline application log with a compiled regex: finditer over
# the whole text, pull named groups, count levels with Counter and keep the
# error messages. Match objects hold the string they searched.
import re
from collections import Counter

LOG = """2024-03-01 10:00:01 INFO  service started on port 8080
2024-03-01 10:00:05 WARN  cache miss ratio high: 0.42
2024-03-01 10:01:17 ERROR upstream timeout after 30s
2024-03-01 10:02:00 INFO  request served in 12ms
2024-03-01 10:02:09 ERROR disk quota exceeded on /var
"""

PATTERN = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.M)  # ?rc PATTERN
text = LOG.replace("  ", " ")  # ?rc text
matches = list(PATTERN.finditer(text))  # ?rc matches text
m0 = matches[0]  # ?rc m0
msg0 = m0.group("msg")  # ?rc msg0 m0
parts = m0.groupdict()  # ?rc parts
levels = Counter(m.group("level") for m in matches)  # ?rc levels
errors = [m["msg"] for m in matches if m["level"] == "ERROR"]  # ?rc errors
first_error = errors[0]  # ?rc first_error
whole = m0.string  # ?rc whole text
del matches  # ?rc text m0
del m0  # ?rc text msg0
span_text = text[:10]  # ?rc span_text
counts = levels.most_common()  # ?rc counts
top = counts[0]  # ?rc top
print(top, errors, parts["time"])
del whole, parts  # ?rc text
