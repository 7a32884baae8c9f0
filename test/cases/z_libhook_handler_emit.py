# A library calls a program class's methods back: a logging.Handler subclass's emit runs at
# every log call once the handler is installed, and a JSONEncoder subclass given as cls= is
# instantiated by json and its default() called. What those methods append to a global list is
# there afterwards: the list is not the empty one it was (no IndexError), and what it holds
# keeps the logged objects alive.
import gc
import json
import logging

records = []
seen = []


class ListHandler(logging.Handler):
    def emit(self, record):
        records.append(record)


class Order:
    def __init__(self, total):
        self.total = total


log = logging.getLogger("orders.audit")
log.propagate = False
lh = ListHandler()  # ?rc lh
log.addHandler(lh)
order = Order(12.5 * 3)  # ?rc order
log.error("kept %r", order)  # ?rc order
rec = records[0]  # ?rc rec records
args = rec.args  # ?rc args
log.removeHandler(lh)
del rec, args
records.clear()  # ?rc order records
print(gc.collect())


class Enc(json.JSONEncoder):
    def default(self, o):
        seen.append(o)
        return "?"


marker = object()  # ?rc marker
text = json.dumps({"a": marker}, cls=Enc)  # ?rc marker text
first = seen[0]  # ?rc first marker
seen.clear()  # ?rc marker
