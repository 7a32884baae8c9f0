# Before 3.12 (PEP 709) a list / set / dict comprehension runs as a code object of its own, and a
# constant it uses sits in that code's co_consts as well as in the enclosing code's: one holder more
# on 3.11 when both use the same value (3.12+ inline the comprehension: one co_consts). The first
# iterable is evaluated outside, and a value only the comprehension uses has one holder either way.
f = 3.25  # ?rc f
g = [i * 3.25 for i in range(2)]  # ?rc f g
k = {i: 7.75 for i in range(2)}  # ?rc k
only = [x for x in (1.5, 2.5)]  # ?rc only
h = 9.5  # ?rc h
nested = [[j * 9.5 for j in range(2)] for i in range(2)]  # ?rc h nested
s = {i * 9.5 for i in range(3)}  # ?rc h
def fn(n):
    return [n * 4.125 for _ in range(2)]
z = 4.125  # ?rc z
r = fn(2)  # ?rc z r
neg = [-6.5 for _ in range(2)]  # ?rc neg
m = -6.5  # ?rc m
t = "not an identifier!"  # ?rc t
u = [t + "not an identifier!" for _ in range(1)]  # ?rc t u
