# Theme: capturing errors for a later report without keeping them alive:
# traceback.TracebackException.from_exception copies the text of the
# exception, its chain and its stack, so the original exception and the
# frames (with their locals) can be dropped right away.
import traceback


class Upload:
    def __init__(self, name, blob):
        self.name = name
        self.blob = blob


def checksum(upload):
    blob = upload.blob
    if len(blob) % 2:
        raise ValueError(f"odd size {len(blob)}")
    return sum(blob)


def store(upload):
    try:
        return checksum(upload)
    except ValueError as exc:
        raise RuntimeError(upload.name) from exc


u = Upload("photo one.jpg", bytes(range(7)))  # ?rc u
blob = u.blob  # ?rc blob
captured = []
try:
    store(u)
except RuntimeError as err:
    captured.append(traceback.TracebackException.from_exception(err))  # ?rc u blob
    kept = err  # ?rc u blob
del kept  # ?rc u blob
report = captured[0]  # ?rc report
lines = list(report.format())  # ?rc report
cause = report.__cause__  # ?rc cause
captured.clear()  # ?rc report cause
del report  # ?rc cause
