# Theme: getattr / hasattr on classes and instances of the program for names
# they lack: the default comes back (AttributeError cleared), hasattr is False,
# and what the lookup touched keeps its count.
import sys


class Base:
    kind = "base"

    def describe(self):
        return self.kind


class Child(Base):
    def __init__(self, payload):
        self.payload = payload


payload = [1, 2, 3]
c = Child(payload)  # ?rc c payload
default = ["fallback"]
got = getattr(Child, "missing", default)  # ?rc got default Child
found = getattr(Child, "kind", default)  # ?rc default
on_obj = getattr(c, "absent", default)  # ?rc on_obj default c
has_cls = hasattr(Child, "nothing")  # ?rc Child
has_obj = hasattr(c, "nothing")  # ?rc c
if not hasattr(Child, "extra"):
    Child.extra = payload  # ?rc payload
if hasattr(c, "extra"):
    keep = [c.extra]  # ?rc payload keep
if hasattr(c, "payload"):
    again = getattr(c, "payload")  # ?rc payload again
print(sys.getrefcount(default))  # ?call sys.getrefcount
