# Theme: a for loop broken early over zip of two generators; the zip object
# and the suspended generators live until the names go.
import sys


class Tok:
    pass


toks = [Tok(), Tok(), Tok()]  # ?rc toks
t0 = toks[0]  # ?rc t0


def walk(seq):
    for x in seq:
        yield x


ga = walk(toks)  # ?rc toks ga
gb = walk(reversed(toks))  # ?rc toks gb
z = zip(ga, gb)  # ?rc ga gb z
for left, right in z:
    if left is t0:
        break
print(sys.getrefcount(t0))  # left names it, ga's frame too
pair = next(z)  # ?rc pair
del z  # ?rc ga gb
del ga  # ?rc toks t0
del gb, left, right, pair  # ?rc toks t0
