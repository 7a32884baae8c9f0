# Theme: try/finally with a return inside finally: the pending exception
# (and what it refers to) is discarded; return in try then finally rebinding.


class Blob:
    pass


def swallow(obj):
    try:
        raise ValueError(obj)
    finally:
        here = obj  # ?rc obj here
        return 1


def override(obj):
    try:
        out = [obj]  # ?rc obj out
        return out
    finally:
        out = None


def nested(obj):
    try:
        try:
            raise KeyError(obj)
        finally:
            mid = obj  # ?rc obj
    except KeyError as e:
        inner = obj  # ?rc obj
    return 0


b = Blob()  # ?rc b
swallow(b)  # ?rc b
r = override(b)  # ?rc b r
nested(b)  # ?rc b
for i in range(2):
    try:
        if i:
            continue
        hold = b  # ?rc b
    finally:
        fin = b  # ?rc b
del hold, fin, r  # ?rc b
