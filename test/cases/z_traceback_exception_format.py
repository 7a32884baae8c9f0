# Theme: TracebackException.format() / format_exception_only() are generators over the
# TracebackException: consumed to the end they let it go; a half-read one keeps it.
import traceback


class Payload:
    pass


p = Payload()
try:
    raise KeyError(p)
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)  # ?rc te p
lines = list(te.format())  # ?rc te
text = "".join(te.format_exception_only())  # ?rc te
for line in te.format(chain=False):
    pass
after = te  # ?rc te
gen = te.format()  # ?rc te
first = next(gen)  # ?rc te
del gen  # ?rc te
kept = [te, te]  # ?rc te kept
del te, kept, after  # ?rc p
