# Theme: a storage layer wraps low-level errors with `raise ... from`, so
# the outer exception holds the inner one as __cause__ (and __context__);
# an error inside a handler gets __context__ automatically.
import gc


class StorageError(Exception):
    pass


class Record:
    def __init__(self, key):
        self.key = key


def fetch(table, key):
    try:
        return table[key]
    except KeyError as missing:
        inner = missing  # ?rc inner
        raise StorageError(key) from missing


def fetch_quiet(table, key):
    try:
        return table[key]
    except KeyError:
        raise StorageError(key) from None


def fetch_sloppy(table, key):
    try:
        return table[key]
    except KeyError:
        table["broken!"]


rec = Record("user 1")  # ?rc rec
table = {"user 1": rec}
got = fetch(table, "user 1")  # ?rc got rec
try:
    fetch(table, "user 2")
except StorageError as outer:
    cause = outer.__cause__  # ?rc cause outer
    ctx = outer.__context__  # ?rc cause ctx
print(gc.collect())
same = cause is ctx
del ctx
print(gc.collect())
cause = None
try:
    fetch_quiet(table, "user 3")
except StorageError as quiet:
    suppressed = quiet.__suppress_context__
    kept_quiet = quiet  # ?rc kept_quiet
print(gc.collect())
try:
    fetch_sloppy(table, "user 4")
except KeyError as sloppy:
    first = sloppy.__context__  # ?rc first
    second = sloppy  # ?rc second
del first, second, kept_quiet
print(gc.collect())
final = rec  # ?rc final
