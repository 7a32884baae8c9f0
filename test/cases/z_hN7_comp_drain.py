# Theme: draining containers inside comprehensions and generator expressions
# while they iterate them: `[d.pop(k) for k in d]` on a known dict raises at
# its second step; on a dict built from the command line (content unknown)
# it may or may not; a set shrunk inside a generator expression likewise.
import gc
import sys


class Handle:
    def __init__(self, name):
        self.name = name


known = {"x": Handle("x"), "y": Handle("y")}
hx = known["x"]  # ?rc hx known
fallback = [Handle("fallback")]
try:
    closed = [known.pop(k) for k in known]
except RuntimeError as err:
    closed = fallback  # ?rc err known hx
print(len(known), len(closed))  # ?rc known hx fallback

argv_handles = {arg: Handle(arg) for arg in sys.argv}
spare = Handle("spare")
try:
    drained = [argv_handles.pop(k) for k in argv_handles]
except RuntimeError:
    drained = [spare]
print(len(drained))  # ?rc spare argv_handles

names = set(sys.argv)
try:
    total = sum(1 for n in names if names.discard(n) is None)
except RuntimeError:
    total = -1
    fallback.append(spare)
print(total)  # ?rc spare fallback names
del hx
gc.collect()
