# Theme: os.remove of a path that does not exist raises FileNotFoundError: the handler of a try around it is followed (open counts), never skipped as if the call could not fail.
import os
items = [[1], [2]]
gone = []
path = f"/nonexistent_dir_rcl/{os.getpid()}.txt"
try:
    os.remove(path)
except FileNotFoundError:
    gone.append(items)  # ?rc items
print(items)  # ?rc items
