# Theme: an import job wraps low-level errors in a domain error and keeps
# the failures in a list. `raise ... from None` only hides the context in
# the printout: __context__ still holds the original exception, its
# traceback and the frame with the big record batch.
import gc
import sys


class ImportFailed(Exception):
    pass


def parse_batch(batch):
    return [float(x) for x in batch]


def import_batch(batch, quiet):
    try:
        return parse_batch(batch)
    except ValueError as low:
        if quiet:
            raise ImportFailed("batch rejected") from None
        raise ImportFailed("batch rejected") from low


failures = []
gc.collect()
batch = ["1.5", "oops", "2.5"]  # ?rc batch
for quiet in (False, True):
    try:
        import_batch(batch, quiet)
    except ImportFailed as exc:
        failures.append(exc)
loud, silent = failures  # ?rc loud silent
cause = loud.__cause__  # ?rc cause
ctx = silent.__context__  # ?rc ctx
print(silent.__suppress_context__, silent.__cause__ is None)
print(sys.getrefcount(batch))
del cause, loud
failures.clear()  # ?rc batch
print(gc.collect())  # no cycles: each frame is reachable only from tracebacks
ctx_tb = ctx.__traceback__  # ?rc ctx_tb
del ctx_tb
silent.__context__ = None  # ?rc ctx batch
del ctx  # ?rc batch
silent.__traceback__ = None  # ?rc batch silent
print(gc.collect())
