# Theme: traceback.TracebackException keeps summaries, its type and chained ones, no frames
import gc
import sys
import traceback
class Boom(Exception):
    pass
def fail(data):
    raise Boom("bad")
data = [1, 2]
entries = []
try:
    fail(data)
except Boom:
    entries.append(traceback.TracebackException(*sys.exc_info()))
te = entries[0]  # ?rc te data Boom
print(len(te.stack))
print("".join(te.format()))
try:
    try:
        fail(data)
    except Boom as low:
        raise ValueError("high") from low
except ValueError as e:
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, compact=True)  # ?rc te2 Boom data
te3 = te2.__cause__  # ?rc te3 te2
te2.stack
del te, entries  # ?rc Boom data
print(gc.collect())  # ?rc data
