# Theme: files from open(): the file holds its path (FileIO's name) while it lives; a text file's
# write() of ASCII text keeps the str itself until flush / close; reading gives new strs; no user
# code runs, so everything else keeps its exact count.
import os
import tempfile

items = [[1], [2]]
path = f"{tempfile.gettempdir()}/rcl_file_objects_{os.getpid()}.txt"  # ?rc path
f = open(path, "w")  # ?rc path f
line = "first line " + str(len(items)) + "\n"
n = f.write(line)  # ?rc line
accented = "d\u00e9j\u00e0 " + str(len(items)) + "\n"
f.write(accented)  # ?rc accented
f.flush()  # ?rc line
again = "second " + str(len(items)) + "\n"
f.write(again)  # ?rc again
print("third", len(items), file=f)
f.close()  # ?rc again path
same = f.name  # ?rc path
del same
del f  # ?rc path items

with open(path) as g:
    inside = g  # ?rc g path
    first = g.readline()  # ?rc first
    count = 0
    for row in g:
        count += 1  # ?rc row
print(count)  # ?rc g items
del inside
del g  # ?rc path

with open(path, "rb") as raw:
    data = raw.read()  # ?rc data raw
size = len(data)  # ?rc data

with open(path, "a", encoding="utf-8") as log:
    entry = "appended " + str(len(items)) + "\n"
    log.write(entry)  # ?rc entry log
    log.writelines([entry, entry])  # ?rc entry
print(entry)  # ?rc entry

lines = open(path).readlines()  # ?rc lines path
os.remove(path)
print(len(lines) > 0, items)  # ?rc items path
