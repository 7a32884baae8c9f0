# A with block's __exit__ answer (and an ExitStack callback's) is tested for truth as the
# interpreter tests it: the answer's own __bool__ runs, and decides whether the exception is suppressed.
import contextlib
kept = []
class Truthy:
    def __bool__(self):
        kept.append(self)
        return True
tr = Truthy()
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        kept.append(ev)
        return tr
cm = CM()
with cm:
    raise ValueError("x")
q = 0  # ?rc tr cm
class Enter:
    def __enter__(self):
        kept.append(self)
        raise KeyError("e")
    def __exit__(self, *a):
        kept.append("never")
en = Enter()
try:
    with en:
        pass
except KeyError:
    pass
q = len(kept)  # ?rc en tr
ev = kept[0]  # ?rc ev
kept.clear()
def cb(et, ev, tb):
    kept.append(ev)
    return tr
with contextlib.ExitStack() as stack:
    stack.push(cb)
    raise OSError("y")
q = len(kept)  # ?rc tr
kept.clear()
q = 0  # ?rc en tr
