# Theme: capturing printed output with contextlib.redirect_stdout into an
# io.StringIO, reusing one redirector, and a manager that restores a
# global setting even when the block raises.
import contextlib
import gc
import io
import sys

SETTINGS = {"mode": "normal"}


class Override:
    def __init__(self, key, value):
        self.key = key
        self.value = value

    def __enter__(self):
        self.saved = SETTINGS[self.key]
        SETTINGS[self.key] = self.value
        return self.value

    def __exit__(self, *exc):
        SETTINGS[self.key] = self.saved
        return False


def capture(fn, arg):
    out = io.StringIO()  # ?rc out
    with contextlib.redirect_stdout(out) as target:
        fn(arg)  # ?rc target
    return out.getvalue()


value = [3.5]  # ?rc value
text = capture(print, value)  # ?rc value text
buf = io.StringIO()  # ?rc buf
redir = contextlib.redirect_stdout(buf)  # ?rc redir buf
with redir:
    print("first line here")
with redir:
    print("second line here")
got = buf.getvalue()  # ?rc got
special = ["debug mode on"]  # ?rc special
try:
    with Override("mode", special) as active:
        inside = SETTINGS["mode"]  # ?rc special active
        raise OSError(special)
except OSError as err:
    msg = err  # ?rc special
back = SETTINGS["mode"]
del redir  # ?rc buf
print(gc.collect())
del inside, active  # ?rc special
