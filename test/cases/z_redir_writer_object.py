# A program's own writer object as print's file and as sys.stdout: print
# calls its write() with each piece (str of each argument, separator, end).
import sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)  # ?rc self
        return len(s)

    def flush(self):
        self.flushed = True


col = Collector()  # ?rc col
msg = "hello collector world"
print(msg, 1.5 * 2, file=col)  # ?rc col msg
parts = col.parts  # ?rc parts
n = len(parts)
print(n, "pieces")
sys.stdout = col  # ?rc col
print(msg, end="!\n", flush=True)  # ?rc msg
sys.stdout = sys.__stdout__  # ?rc col
count = len(col.parts)
print(count, col.flushed)
first = parts[0]  # ?rc first msg
del parts, col  # ?rc msg
