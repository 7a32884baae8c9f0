# Theme: exceptions raised with `raise ... from` inside a loop with
# try/except/finally. A kept exception holds its traceback, and the
# traceback holds the frames it passed through with all their locals;
# formatting it as a message keeps nothing.
import gc
import traceback


class ParseError(Exception):
    pass


def parse(text):
    try:
        return float(text)
    except ValueError as exc:
        raise ParseError(text) from exc


errors = []


def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ParseError as e:
            errors.append(e)
        finally:
            last = v
    return out


gc.collect()
vals = load(["1.5", "bad value!", "2.5"])  # ?rc vals -- the frame in the traceback
err = errors[0]  # ?rc err
cause = err.__cause__  # ?rc cause
tb = err.__traceback__  # ?rc tb
report = traceback.format_exception_only(err)  # ?rc err
del err, cause, tb
errors.clear()  # ?rc vals
print(gc.collect())  # nothing: no cycle through the frames


def load_keep(values):
    out = []
    failed = None
    for v in values:
        try:
            out.append(parse(v))
        except ParseError as e:
            failed = e  # the frame now refers to its own exception
    return out


kept = load_keep(["oops value!", "3.5"])  # ?rc kept
print(gc.collect())  # frame, both exceptions, tracebacks, args, parse frame
after = kept  # ?rc kept
