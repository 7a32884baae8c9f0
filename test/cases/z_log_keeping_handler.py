# logging: once a handler that keeps records is installed, a logged argument stays held by
# the record until the program drops it; before that, calls keep nothing.
import logging

log = logging.getLogger("keep")
log.setLevel(logging.DEBUG)


class Box:
    pass


class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


obj = Box()  # ?rc obj
data = {"k": 2.5 * 3}  # ?rc data
log.warning("before %s %s", obj, data)  # ?rc obj data
h = Keep()
log.addHandler(h)
log.warning("kept %s", obj)  # ?rc obj
log.debug("kept too %s", data)  # ?rc data
print(len(h.records))
h.records.clear()  # ?rc obj data
