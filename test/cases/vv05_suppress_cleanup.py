# Theme: contextlib.suppress around cleanup steps of a batch job. A
# suppressed exception is dropped as soon as the with block ends, so
# what it referenced goes back to normal; one suppress object is reused.
import contextlib


class Temp:
    def __init__(self, path):
        self.path = path
        self.removed = False


def remove(tmp, registry):
    if tmp.removed:
        raise FileNotFoundError(tmp.path, tmp)
    tmp.removed = True
    registry.pop(tmp.path)


registry = {}  # ?rc registry
files = [Temp("/tmp/a.txt"), Temp("/tmp/b.txt")]  # ?rc files
for f in files:
    registry[f.path] = f  # ?rc f
a, b = files  # ?rc a b
quiet = contextlib.suppress(FileNotFoundError, KeyError)  # ?rc quiet
with quiet:
    remove(a, registry)  # ?rc a registry
with quiet:
    remove(a, registry)
after = a  # ?rc a
for f in files:
    with contextlib.suppress(FileNotFoundError):
        remove(f, registry)
        done = f  # ?rc f
del f  # ?rc a b done
with quiet:
    missing = registry["/tmp/zzz"]
left = len(registry)
kept = quiet  # ?rc kept
