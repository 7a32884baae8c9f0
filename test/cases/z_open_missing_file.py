# Theme: open() of a path that does not exist raises FileNotFoundError: a try around it may go to its handler, so what the handler and the code after it see is followed on both paths (open counts), never as if open could not fail.
import os
items = [[1], [2]]
path = f"/nonexistent_dir_rcl/{os.getpid()}.txt"
try:
    f = open(path)
    content = f.read()
    f.close()
except FileNotFoundError:
    content = None
    keep = items  # ?rc items
print(items)  # ?rc items
