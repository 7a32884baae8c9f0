# Theme: a "soft failure" context manager: __exit__ swallows errors of some
# kinds and keeps only their arguments, lets others propagate; the `as`
# target stays bound after the block either way.
import gc


class Soft:
    def __init__(self, kinds):
        self.kinds = kinds
        self.notes = []

    def __enter__(self):
        return self.notes

    def __exit__(self, etype, exc, tb):
        if etype is None:
            return False
        if issubclass(etype, self.kinds):
            self.notes.append(exc.args)  # ?rc exc
            return True
        return False


class Part:
    pass


part = Part()  # ?rc part
soft = Soft((KeyError, IndexError))  # ?rc soft
with soft as notes:
    raise KeyError(part, "key lost!")
got = notes[0]  # ?rc got notes part
with soft as notes2:
    ok = part  # ?rc notes2 ok
try:
    with soft:
        raise TypeError(part)
except TypeError as te:
    passed = te  # ?rc passed part


def guarded(part, soft):
    with soft as n:
        bucket = [part]  # ?rc bucket n
        bucket[5]
    return bucket


b = guarded(part, soft)  # ?rc b part
print(gc.collect())
del passed
print(gc.collect())
soft.notes.clear()  # ?rc part got
del got, b  # ?rc part
