# Logging-like handlers list: a logger with a list of handler objects, each
# with a formatter and a reference back to the logger for error reporting.
import gc


class Formatter:
    def __init__(self, fmt):
        self.fmt = fmt

    def format(self, record):
        return self.fmt % record


class Handler:
    def __init__(self, formatter):
        self.formatter = formatter
        self.records = []
        self.logger = None

    def emit(self, record):
        line = self.formatter.format(record)  # ?rc line
        self.records.append(line)


class Logger:
    def __init__(self, name):
        self.name = name
        self.handlers = []

    def add_handler(self, h):
        h.logger = self
        self.handlers.append(h)  # ?rc h

    def remove_handler(self, h):
        self.handlers.remove(h)
        h.logger = None

    def log(self, msg):
        record = {"name": self.name, "msg": msg}  # ?rc record
        for h in self.handlers:
            h.emit(record)
        return record


gc.collect()
fmt = Formatter("[%(name)s] %(msg)s")  # ?rc fmt
log = Logger("app.main")  # ?rc log
h1 = Handler(fmt)  # ?rc h1 fmt
h2 = Handler(fmt)  # ?rc h2 fmt
log.add_handler(h1)  # ?rc h1 log
log.add_handler(h2)  # ?rc h2 log
rec = log.log("started up ok")  # ?rc rec
lines = h1.records  # ?rc lines
first = lines[0]  # ?rc first
log.remove_handler(h2)  # ?rc h2 log
del h2
del rec, lines, first
del h1
del log
print(gc.collect())  # logger <-> h1 (and h1.records list)

loggers = {}


def get_logger(name):
    if name not in loggers:
        lg = Logger(name)  # ?rc lg
        lg.add_handler(Handler(fmt))  # ?rc lg
        loggers[name] = lg  # ?rc lg
    return loggers[name]


for nm in ["db", "web", "db"]:
    got = get_logger(nm)  # ?rc got
del got  # ?rc fmt
loggers.clear()
print(gc.collect())  # two logger/handler pairs
