# Path index: group PurePosixPath objects by suffix with collections, then
# render a text summary with textwrap and str.format. No file system access.
from collections import defaultdict, Counter
from pathlib import PurePosixPath
import textwrap
import sys

RAW = ["src/app/main.py", "src/app/util.py", "docs/index.md", "docs/howto/setup.md", "README.txt"]


def parse(raw):
    paths = [PurePosixPath(p) for p in raw]  # ?rc raw paths
    return paths


def index_by_suffix(paths):
    groups = defaultdict(list)  # ?rc groups
    for p in paths:
        groups[p.suffix].append(p)  # ?rc p
    return groups


paths = parse(RAW)  # ?rc paths
groups = index_by_suffix(paths)  # ?rc groups paths
counts = Counter(p.suffix for p in paths)  # ?rc counts
root = PurePosixPath("/srv/site")  # ?rc root
deployed = [root / p for p in paths]  # ?rc deployed root
top = deployed[0]  # ?rc top
parent = top.parent  # ?rc top parent
names = ", ".join(p.name for p in paths)  # ?rc names
summary = textwrap.fill("Files: " + names, width=30)  # ?rc summary names
lines = []
for suffix, members in sorted(groups.items()):
    line = "{:>4}: {} file(s)".format(suffix or "-", len(members))  # ?rc line members
    lines.append(line)  # ?rc line
body = textwrap.indent("\n".join(lines), "  ")  # ?rc body lines
print(summary)
print(body)
del groups  # ?rc paths
print(sys.getrefcount(top))
print(sys.getrefcount(deployed))
