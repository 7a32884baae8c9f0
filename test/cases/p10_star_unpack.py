# Star-unpacking into lists: the starred name always gets a new list; the
# other names share references with the source.


class Tok:
    pass


a, b, c, d = Tok(), Tok(), Tok(), Tok()
src = [a, b, c, d]  # ?rc a src
head, *rest = src  # ?rc head rest b
*init, last = src  # ?rc init d
x, *mid, y = src  # ?rc mid b x
merged = [*rest, *init]  # ?rc merged b
tup = (*src,)  # ?rc tup a
first, *_ = tup  # ?rc a
del src  # ?rc a d
del rest, init  # ?rc b
nested = [[a, b], [c]]  # ?rc nested
(p, q), [r] = nested  # ?rc p
