# Theme: an error logger that calls sys.exc_info() inside handlers (also in
# a helper called from the handler) and keeps only the type and value, or
# the whole triple.
import gc
import sys


class Ticket:
    def __init__(self, ident):
        self.ident = ident


def describe():
    etype, value, tb = sys.exc_info()  # ?rc value tb
    return (etype.__name__, value)


class Logger:
    def __init__(self):
        self.records = []

    def handle(self, ticket):
        try:
            raise PermissionError(ticket)
        except PermissionError:
            info = sys.exc_info()  # ?rc info
            self.records.append(describe())
            current = info[1]  # ?rc current ticket
        return len(self.records)

    def handle_full(self, ticket):
        try:
            raise ConnectionError(ticket)
        except ConnectionError:
            triple = sys.exc_info()  # ?rc triple
            self.records.append(triple)
        return triple


t = Ticket("T-1000 open")  # ?rc t
log = Logger()  # ?rc log
log.handle(t)  # ?rc t
rec = log.records[0]  # ?rc rec t
gc.collect()
trip = log.handle_full(t)  # ?rc trip t
print(gc.collect())
outside = sys.exc_info()
log.records.clear()  # ?rc trip t
del trip
print(gc.collect())
del rec  # ?rc t
print(gc.collect())
