# Theme: exceptions raised while handling another: the new exception's
# __context__ (and __cause__ with `raise ... from`) keeps the first one,
# and with it its arguments, alive.


class Payload:
    pass


def parse(obj):
    try:
        raise KeyError(obj)
    except KeyError as first:
        raise ValueError("parse failed") from first


def retry(obj):
    try:
        parse(obj)
    except ValueError as err:
        inner = err.__cause__  # ?rc inner obj
        ctx = err.__context__  # ?rc inner
        return err


p = Payload()  # ?rc p
e = retry(p)  # ?rc p e
cause = e.__cause__  # ?rc cause p
args = cause.args  # ?rc args p
del args  # ?rc p
e.__cause__ = None  # ?rc cause
e.__context__ = None  # ?rc cause p
del cause  # ?rc p
e.__traceback__ = None  # ?rc p
del e  # ?rc p
try:
    try:
        raise TypeError(p)
    except TypeError:
        raise LookupError(p)
except LookupError as outer:
    kept = outer  # ?rc p kept
held = kept.__context__  # ?rc held p
