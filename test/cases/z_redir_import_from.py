# `from module import name` binds a new reference to the object the module
# holds: gc's lists, sys's big int, and whatever sys.stdout is right now.
import gc
import io
import sys

from gc import garbage  # ?rc garbage
from gc import callbacks as cbs  # ?rc cbs
from sys import maxsize  # ?rc maxsize
big = maxsize  # ?rc big

buf = io.StringIO()  # ?rc buf
sys.stdout = buf
from sys import stdout  # ?rc buf stdout
print("into the buffer", 4.5 * 2)
sys.stdout = sys.__stdout__  # ?rc buf
del stdout  # ?rc buf
text = buf.getvalue()
n = len(text)
print(n)
