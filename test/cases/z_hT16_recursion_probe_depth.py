# Finding how deep recursion goes: the innermost call catches RecursionError
# and returns, so the frames unwind normally; a lower sys.setrecursionlimit.
import sys


class Token:
    pass


def probe(n, tok):
    here = tok
    try:
        return probe(n + 1, tok)
    except RecursionError:
        return n


t = Token()  # ?rc t
depth = probe(0, t)  # ?rc t
print(depth)
old = sys.getrecursionlimit()
sys.setrecursionlimit(300)
shallow = probe(0, t)  # ?rc t
print(shallow)
box = []  # ?rc box
try:
    probe(0, [t, box])
except RecursionError:
    pass
sys.setrecursionlimit(old)
still = t  # ?rc t still box


def chain(n, tok, trail):
    if n == 0:
        return trail
    trail.append([tok])
    return chain(n - 1, tok, trail)


tr = chain(700, t, [])  # ?rc t tr
first = tr[0]  # ?rc first t
del tr  # ?rc first t
again = probe(0, t)  # ?rc t
