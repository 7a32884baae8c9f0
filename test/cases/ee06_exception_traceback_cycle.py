# Theme: an exception kept in a local of the frame that caught it makes a
# cycle frame -> exception -> traceback -> frame; clearing it breaks it.
import gc


class Payload:
    pass


def fail(obj):
    raise RuntimeError(obj)


def capture(obj):
    saved = None
    try:
        fail(obj)
    except RuntimeError as e:
        saved = e  # ?rc obj
    held = obj  # ?rc obj held
    return saved


def capture_clean(obj):
    try:
        fail(obj)
    except RuntimeError as e:
        msg = e.args  # ?rc obj msg
    return msg


gc.collect()
p = Payload()  # ?rc p
args = capture_clean(p)  # ?rc p args
del args  # ?rc p
err = capture(p)  # ?rc p err
tb = err.__traceback__  # ?rc tb
del tb  # ?rc p
err.__traceback__ = None  # ?rc p err
del err  # ?rc p
print(gc.collect())
err2 = capture(p)  # ?rc p
del err2  # ?rc p
print(gc.collect())  # exception, args, tracebacks, frames
after = p  # ?rc p
