# Theme: context managers built on contextlib's classes by subclassing. The
# inherited __exit__ of suppress swallows the listed errors, so the program
# goes on after the with block; other errors still reach the handler.
import gc
import sys
import contextlib


class Quiet(contextlib.suppress):
    def __init__(self, *kinds):
        super().__init__(*kinds)
        self.kinds = kinds


class Scope(contextlib.ExitStack):
    pass


lookups = {"known": [1.5]}
with Quiet(KeyError) as q:
    value = lookups["missing key"]
after = [2.5]  # ?rc after
with Quiet(KeyError, IndexError):
    first = lookups["known"][3]
payload = ["not swallowed"]  # ?rc payload
try:
    with Quiet(KeyError):
        raise ValueError(payload)
except ValueError as e:
    err = e  # ?rc err payload
del err
print(sys.getrefcount(payload))
with Scope() as scope:
    scope.callback(print, "closing scope")
    inner = [3.5]  # ?rc inner
print(gc.collect())
