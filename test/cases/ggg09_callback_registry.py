# Theme: callbacks stored in a registry. A decorator registers handlers under
# an event name and returns them unchanged; bound methods registered there
# keep their instance alive until they are unregistered.
import gc

HANDLERS = {}


def on(event):
    def register(func):
        HANDLERS.setdefault(event, []).append(func)
        return func

    return register


def emit(event, payload):
    results = []
    for handler in HANDLERS.get(event, []):
        results.append(handler(payload))  # ?rc payload
    return results


@on("save")
def audit(payload):
    record = {"saved": payload}  # ?rc payload
    return record


class Mailer:
    def __init__(self):
        self.outbox = []

    def notify(self, payload):
        self.outbox.append(payload)  # ?rc payload
        return len(self.outbox)


mailer = Mailer()  # ?rc mailer
on("save")(mailer.notify)  # ?rc mailer
on("delete")(mailer.notify)  # ?rc mailer
doc = {"title": "quarterly report"}  # ?rc doc
out = emit("save", doc)  # ?rc doc out
rec = out[0]  # ?rc rec
emit("delete", doc)  # ?rc doc
box = mailer.outbox  # ?rc box
del mailer
print(gc.collect())
saved = HANDLERS["save"]  # ?rc saved
saved.pop()  # ?rc box
HANDLERS["delete"].clear()  # ?rc box doc
del out, rec  # ?rc doc
del box  # ?rc doc
fn = HANDLERS["save"][0]  # ?rc fn
del audit  # ?rc fn
