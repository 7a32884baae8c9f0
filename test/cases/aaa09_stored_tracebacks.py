# Theme: storing exceptions: the traceback keeps every frame of the failed
# call alive, with all its locals, until the exception is dropped or the
# frames are cleared with traceback.clear_frames().
import gc
import traceback


class Payload:
    def __init__(self, size):
        self.blob = bytearray(size)


errors = []


def parse(payload):
    local_copy = payload  # ?rc payload
    raise ValueError("bad payload!")


def attempt(payload):
    try:
        parse(payload)
    except ValueError as exc:
        errors.append(exc)
    return len(errors)


gc.collect()
p = Payload(16)  # ?rc p
attempt(p)  # ?rc p -- both frames stay alive through the traceback
print(gc.collect())
exc = errors[0]  # ?rc exc
tb = exc.__traceback__  # ?rc tb
del tb
traceback.clear_frames(exc.__traceback__)  # ?rc p
errors.clear()  # ?rc exc
attempt(p)  # ?rc p
last = errors.pop()  # ?rc last p
last.__traceback__ = None  # ?rc p
del last, exc
print(gc.collect())  # ?rc p
