# Log line parser using compiled regular expressions, match objects and groups.
import re
import gc

LINE = re.compile(r"(?P<level>[A-Z]+) (?P<code>\d+): (?P<msg>.*)")  # ?rc LINE
WORD = re.compile(r"\w+")
raw = "ERROR 500: disk full on /dev/sda1"  # ?rc raw
m = LINE.match(raw)  # ?rc m raw LINE
level = m.group("level")  # ?rc m
msg = m.group("msg")  # ?rc msg m
parts = m.groups()  # ?rc parts m
gd = m.groupdict()  # ?rc gd
span = m.span("msg")  # ?rc span


class LogEntry:
    def __init__(self, match):
        self.level = match.group(1)
        self.code = int(match.group(2))
        self.text = match.group(3)  # ?rc match
        self.match = match  # ?rc match self


def parse_all(lines):
    entries = []
    for ln in lines:
        mt = LINE.match(ln)  # ?rc mt
        if mt is None:
            continue
        e = LogEntry(mt)  # ?rc e mt
        entries.append(e)
    return entries


log = ["WARN 301: moved permanently", "junk line here", "INFO 200: all good today"]
entries = parse_all(log)  # ?rc entries
first = entries[0]  # ?rc first
fm = first.match  # ?rc fm
src = fm.string  # ?rc src
del log  # ?rc src
words = [w.group(0) for w in WORD.finditer(msg)]  # ?rc words
count = len(words)
del entries, first  # ?rc fm
del fm  # ?rc src
n = gc.collect()
print(level, msg, parts, gd, span, words, count, n)
