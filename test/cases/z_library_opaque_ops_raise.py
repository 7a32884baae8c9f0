# Theme: objects from library code the model does not follow (a parsed XML element, its
# attribute dict, a database connection) used inside `try`: hashing one as a
# key, storing or deleting an item or attribute on it, formatting it with a spec and `**` of it
# may raise, so the `except` clause after it runs (it did in every run here).
import sqlite3
import xml.etree.ElementTree as ET

holder = [1]  # ?rc holder
root = ET.fromstring('<cfg mode="fast"><item/></cfg>')
attrs = root.attrib
for build in (lambda: {attrs: root}, lambda: {attrs}):
    try:
        index = build()
    except TypeError:
        index = None  # ?rc holder
try:
    root[0] = 1
except TypeError:
    stored = None  # ?rc holder
try:
    del attrs["missing"]
except KeyError:
    pass
kept = [holder]  # ?rc holder kept
conn = sqlite3.connect(":memory:")
try:
    conn.total_changes = 5
except AttributeError:
    pass
mid = [holder]  # ?rc holder mid
for risky in (lambda: f"{root:>10}", lambda: {**root}):
    try:
        risky()
    except TypeError:
        failed = risky  # ?rc holder
conn.close()
after = [holder]  # ?rc holder after
