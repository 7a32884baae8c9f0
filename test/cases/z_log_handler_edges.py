# Handlers the model cannot follow fully stay honest: a stream written at unknown times, a handler
# added under a condition, a program's stream class, a logger handed to other code, a cycle
import gc, io, logging, sys

log = logging.getLogger("app.edges")
buf = io.StringIO()
h = logging.StreamHandler(buf)
same = h.stream  # ?rc buf h
log.addHandler(h)
log.warning("first")
text = buf.getvalue()  # ?rc text buf
bad = None
try:
    logging.Formatter("no fields here")
except ValueError as e:
    bad = e
kept = bad  # ?rc bad
curly = "".join(["{levelname}", ":{message}"])
cf = logging.Formatter(curly, style="{")  # ?rc cf
maybe = logging.NullHandler()
if len(sys.argv) > 5:
    log.addHandler(maybe)
x = 0  # ?rc maybe

class Owner:
    pass

o = Owner()
o.handler = logging.StreamHandler(buf)
o.handler.owner = o
del o
print(gc.collect())
item = [3.5]
log.warning("item %s", item)  # ?rc item

def configure(lg):
    return lg.handlers

hs = configure(log)
log.warning("item %s", item)
y = 0  # ?rc item h
