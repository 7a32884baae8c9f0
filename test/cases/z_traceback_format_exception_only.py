# Theme: traceback.format_exception_only formats an exception (and its cause) and keeps nothing
import gc
import traceback


class ParseError(Exception):
    def __str__(self):
        return "parse error: " + str(self.args[0])


def load(values):
    out = [float(values[0])]
    raise ValueError(values)


def parse(values):
    try:
        load(values)
    except ValueError as cause:
        raise ParseError(values) from cause


raw = ["1.5", "not a number!"]
try:
    parse(raw)
except ParseError as exc:
    err = exc
lines = traceback.format_exception_only(err)  # ?rc err raw lines
again = traceback.format_exception_only(ParseError, err)  # ?rc err raw
first = err.__cause__  # ?rc first
del err, first  # ?rc raw
print(gc.collect())
try:
    load(["2.5", "plain"])
except ValueError as plain:
    kept = plain
text = traceback.format_exception_only(kept)  # ?rc kept text
del kept  # ?rc text
print(gc.collect())
