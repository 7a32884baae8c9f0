# itertools objects read lazily: what islice, repeat, zip_longest, accumulate
# and product hold between steps, and when they let go.
import itertools
import sys


class Tok:
    def __init__(self, s):
        self.s = s

    def __add__(self, other):
        return Tok(self.s + other.s)


toks = [Tok("a"), Tok("b"), Tok("c"), Tok("d")]  # ?rc toks
a, b, c, d = toks  # ?rc a d
it = iter(toks)  # ?rc toks it
head = itertools.islice(it, 2)  # ?rc it
h1 = next(head)  # ?rc h1
h2 = next(head)  # ?rc h2 it
rest = list(it)  # ?rc c rest
left = list(head)  # ?rc it left
steps = itertools.islice(toks, 0, None, 2)  # ?rc toks steps
s1 = next(steps)  # ?rc a
del steps, it, head  # ?rc toks
rep = itertools.repeat(b, 3)  # ?rc b rep
r1 = next(rep)  # ?rc b r1
reps = list(rep)  # ?rc b reps
del rep, reps, r1  # ?rc b
fill = Tok("-")
zl = itertools.zip_longest(toks[:1], toks[1:3], fillvalue=fill)  # ?rc fill zl
p1 = next(zl)  # ?rc p1 a fill
p2 = next(zl)  # ?rc p2 fill c
del zl  # ?rc fill c p1
acc = itertools.accumulate(toks)  # ?rc toks acc
t1 = next(acc)  # ?rc t1 a
t2 = next(acc)  # ?rc t2
del acc  # ?rc t2 a
prod = itertools.product(toks[:2], repeat=2)  # ?rc prod a
q1 = next(prod)  # ?rc q1 a
q2 = next(prod)  # ?rc q2 a b
allq = list(prod)  # ?rc allq a b
del prod  # ?rc a b
nums = list(zip(itertools.count(10, 5), toks))  # ?rc nums d
print(sys.getrefcount(a))
