# Theme: exception objects, their args and what except blocks keep.
class Payload:
    pass

p = Payload()  # ?rc p
try:
    raise ValueError(p)
except ValueError as e:
    err = e  # ?rc p err
    args = e.args  # ?rc p args
del err  # ?rc p args
del args  # ?rc p
saved = None
try:
    try:
        raise KeyError(p)
    finally:
        marker = [1.5]  # ?rc marker p
except KeyError as exc:
    saved = exc  # ?rc saved p
saved = None  # ?rc p
def risky(x):
    if x:
        raise RuntimeError(x)
    return x
try:
    risky(p)
except RuntimeError:
    pass
after = p  # ?rc p after
