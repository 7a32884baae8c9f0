# Theme: the re module's references: the pattern cache, matches holding the
# pattern and the text, group slices (the text itself when whole), finditer's
# scanner, sub with templates and functions, split with groups, purge.
import gc
import re

text = "alpha=1, beta=22, gamma=333"  # ?rc text
KV = re.compile(r"(?P<key>[a-z]+)=(?P<val>\d+)")  # ?rc KV
same = re.compile(r"(?P<key>[a-z]+)=(?P<val>\d+)")  # ?rc same KV
m = KV.search(text)  # ?rc m KV text
key = m.group("key")  # ?rc key m
pair = m.group(1, 2)  # ?rc pair
d = m.groupdict()  # ?rc d
sp = m.span(2)  # ?rc sp
whole = re.fullmatch(r"[a-z0-9=, ]+", text)  # ?rc whole text
all_of_it = whole.group(0)  # ?rc all_of_it text
none = KV.match(text, 5)  # ?rc none
later = KV.match(text, 9)  # ?rc later KV
last = later.lastgroup  # ?rc last
it = KV.finditer(text)  # ?rc it KV text
first = next(it)  # ?rc first KV
rest = list(it)  # ?rc rest KV text
del it  # ?rc KV text
keys = [mm["key"] for mm in KV.finditer(text)]  # ?rc keys KV
parts = re.split(r"(,)\s*", text)  # ?rc parts text
unsplit = re.split(r";", text)  # ?rc unsplit text
swapped = KV.sub(r"\g<val>=\1", text)  # ?rc swapped KV
plain = KV.sub("X", text, count=1)  # ?rc plain
nothing = re.sub(r"zzz", "y", text)  # ?rc nothing text


def bump(match):
    v = match.group("val")  # ?rc v match
    return str(int(v) + 1)


bumped = KV.sub(bump, text)  # ?rc bumped
counted = KV.subn("k=v", text)  # ?rc counted
words = re.findall(r"[a-z]+", text)  # ?rc words
nums = KV.findall(text)  # ?rc nums
esc = re.escape("a.b*c")  # ?rc esc
del m, later, first, rest, whole  # ?rc KV text
re.purge()
print(sys_count := len(keys))  # ?rc KV same
del same
print(gc.collect())  # ?rc KV
