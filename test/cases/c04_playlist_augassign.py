# Theme: a playlist editor. `+=` on a list extends it in place (same object,
# every alias sees it), while on a tuple it builds a new tuple; `t[0] += [...]`
# on a list inside a tuple extends the list and then raises TypeError, and the
# caught exception is kept in an error log.
import gc


class Song:
    pass


a, b, c = Song(), Song(), Song()
queue = [a]  # ?rc queue
alias = queue  # ?rc queue
queue += [b, c]  # ?rc queue a b
frozen = (a, b)
before = frozen  # ?rc frozen
frozen += (c,)  # ?rc frozen before c
sides = ([a], [b])  # ?rc a
errors = []
try:
    sides[0] += [c, c]
except TypeError as e:
    errors.append(e)  # ?rc e c
first = sides[0]  # ?rc first c -- the list was extended before the failure
queue = queue + [a]  # ?rc queue alias a
del alias  # ?rc a
kept = errors[0]  # ?rc kept
errors.clear()  # ?rc c
del kept  # ?rc c
print(gc.collect())
del before, frozen  # ?rc a b c
