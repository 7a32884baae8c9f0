# A parser that needs one token of lookahead uses itertools.tee: both tee
# iterators share one buffer that holds tokens one side has seen and the
# other has not yet read, plus the underlying iterator.
import itertools


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


tokens = [Token("num", "1.5"), Token("op", "+"), Token("num", "2.5"), Token("end", "")]  # ?rc tokens
t0 = tokens[0]  # ?rc t0
t1 = tokens[1]  # ?rc t1
main, ahead = itertools.tee(tokens)  # ?rc tokens main ahead
next(ahead)  # ?rc t0 tokens
peeked = next(ahead)  # ?rc peeked t1
cur = next(main)  # ?rc cur t0
cur = next(main)  # ?rc cur t0 t1
del peeked  # ?rc t1


def pairs_with_next(seq):
    a, b = itertools.tee(seq)
    next(b, None)
    out = []
    for left, right in zip(a, b):
        out.append((left.kind, right.kind))  # ?rc left
    return out


kinds = pairs_with_next(tokens)  # ?rc kinds tokens t0
del main  # ?rc tokens t1
rest = list(ahead)  # ?rc rest tokens t1
del ahead  # ?rc tokens t0 t1


def gen_tokens():
    for tk in tokens:
        yield tk


x, y, z = itertools.tee(gen_tokens(), 3)  # ?rc x
first_x = next(x)  # ?rc first_x t0
first_y = next(y)  # ?rc t0
del x, y, z  # ?rc t0 tokens
src = gen_tokens()
p, q = itertools.tee(src)  # ?rc src
r, = itertools.tee(p, 1)  # ?rc p r -- a tee of a tee is a copy sharing the buffer
fq = next(q)  # ?rc t0
del p, q, r  # ?rc src t0
