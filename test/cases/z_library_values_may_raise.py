# Theme: values from code the model does not follow (the environment, str methods of unknown text,
# sys.argv) used inside `try`: an item, an unpacking, next(), len(), an attribute, a comparison or
# a builtin call on them may raise, so the `except` clause after it runs (it did in every run here).
import os
import sys

holder = [1]  # ?rc holder
line = os.environ.get("REFCOUNT_LENS_NO_SUCH_VAR", "novalue")
try:
    key, value = line.split("=")
except ValueError:
    key = value = None  # ?rc holder
parts = line.split(",")
try:
    second = parts[1]
except IndexError:
    second = None  # ?rc holder
it = iter(sys.argv[50:])
try:
    nxt = next(it)
except StopIteration:
    nxt = None  # ?rc holder
try:
    home = os.environ["REFCOUNT_LENS_NO_SUCH_VAR"]
except KeyError:
    home = None  # ?rc holder
try:
    ch = line[100]
except IndexError:
    ch = None  # ?rc holder
try:
    first = sys.argv[50]
except IndexError:
    first = None  # ?rc holder
try:
    n = int(line)
except ValueError:
    n = None  # ?rc holder
after = [holder]  # ?rc holder after
