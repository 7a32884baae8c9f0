# Application: a config loader that wraps low-level errors with raise ...
# from, keeps caught exceptions in an error log, and leaks frames through
# __traceback__ cycles that only gc.collect() can reclaim.
import gc
import sys


class ConfigError(Exception):
    pass


class Source:
    def __init__(self, name, data):
        self.name = name
        self.data = data


def parse_value(src, key):
    try:
        return float(src.data[key])
    except KeyError as e:
        raise ConfigError("missing key: " + key) from e


def load(src, keys, log):
    values = {}
    for key in keys:
        try:
            values[key] = parse_value(src, key)
        except ConfigError as err:
            log.append(err)  # ?rc err src
            values[key] = None
    return values


def keep_local(src):
    try:
        parse_value(src, "nope")
    except ConfigError as e:
        saved = e  # ?rc saved src
    return saved.__cause__ is not None


gc.collect()
log = []  # ?rc log
src = Source("main config", {"rate": "2.5", "limit": "10"})  # ?rc src
vals = load(src, ["rate", "timeout", "limit"], log)  # ?rc vals src log
first = log[0]  # ?rc first
cause = first.__cause__  # ?rc cause first
tb = first.__traceback__  # ?rc tb
frame = tb.tb_frame  # ?rc frame
print(sys.getrefcount(src))
del tb, frame, cause
log.clear()  # ?rc first src
del first  # ?rc src
print(gc.collect())
keep_local(src)  # ?rc src
print(gc.collect())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ConfigError("bad math in config")
except ConfigError as outer:
    inner = outer.__context__  # ?rc inner
    kept = outer  # ?rc kept
print(type(inner).__name__, sys.getrefcount(kept))
del kept, inner
print(gc.collect())
