# An application attaches its own Handler, Formatter and Filter subclasses to a logger.
import gc
import logging


class ListHandler(logging.Handler):
    def __init__(self, sink):
        super().__init__()
        self.sink = sink

    def emit(self, record):
        self.sink.append(self.format(record))


class UpperFormatter(logging.Formatter):
    def format(self, record):
        return record.getMessage().upper()


class OnlyOdd(logging.Filter):
    def __init__(self):
        super().__init__()
        self.seen = 0

    def filter(self, record):
        self.seen += 1
        return self.seen % 2 == 1


sink = []  # ?rc sink
handler = ListHandler(sink)  # ?rc handler sink
fmt = UpperFormatter()  # ?rc fmt
handler.setFormatter(fmt)  # ?rc fmt handler
flt = OnlyOdd()  # ?rc flt
handler.addFilter(flt)  # ?rc flt handler
log = logging.getLogger("app.core")
log.propagate = False
log.addHandler(handler)  # ?rc handler
log.warning("disk almost full")  # ?rc sink
log.warning("disk full")  # ?rc sink
log.warning("disk gone")  # ?rc sink
print(sink, flt.seen)
log.removeHandler(handler)  # ?rc handler
handler.removeFilter(flt)  # ?rc flt
del fmt  # ?rc handler
gc.collect()  # ?rc handler
