# Theme: exceptions stored and re-raised; raise ... from ...; chaining.
# An exception holds its traceback, which holds frames.
import gc


class AppError(Exception):
    pass


saved = None
payload = [0.5]  # ?rc payload
try:
    raise AppError(payload)
except AppError as e:
    saved = e  # ?rc saved payload
print(gc.collect())
err = saved  # ?rc err
cause = ValueError("bad value!")  # ?rc cause
try:
    try:
        raise cause
    except ValueError as inner:
        raise AppError("outer msg") from inner
except AppError as outer:
    kept = outer  # ?rc kept cause
chained = kept.__cause__  # ?rc chained
ctx = kept.__context__  # ?rc ctx
tb = kept.__traceback__
kept = None  # ?rc cause
tb = None  # ?rc cause
print(gc.collect())
args = err.args  # ?rc args payload
try:
    raise err
except AppError:
    pass
err = saved = None  # ?rc args
print(gc.collect())
last = args[0]  # ?rc last
