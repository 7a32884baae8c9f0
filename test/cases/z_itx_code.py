# Code objects: one per def, shared by every function made from it (closures in a loop), held by
# the enclosing code's co_consts, by each function, by each frame running it and (3.11) by each
# generator object; co_consts is one tuple the code object holds.


def make_scalers(factors):
    out = []
    for k in factors:
        def scale(v):
            return v * k
        out.append(scale)
    return out


scalers = make_scalers([2, 3, 4])  # ?rc scalers
code = scalers[0].__code__  # ?rc code
same = scalers[2].__code__  # ?rc same code
del scalers[1]  # ?rc code
del same  # ?rc code


def countdown(n):
    if n == 0:
        here = countdown.__code__  # ?rc here
        return here
    return countdown(n - 1)


cd = countdown(3)  # ?rc cd


def describe(item):
    "Describe one item."
    label = "item #%d" % item
    return label + " (described)"


consts = describe.__code__.co_consts  # ?rc consts
again = describe.__code__.co_consts  # ?rc consts again
del again  # ?rc consts
name = describe.__code__.co_name  # ?rc consts


def ticker(limit):
    i = 0
    while i < limit:
        yield "tick-%d" % i
        i += 1


t1 = ticker(2)  # ?rc t1
tcode = ticker.__code__  # ?rc tcode
t2 = ticker(5)  # ?rc tcode
first = next(t1)  # ?rc tcode
via_gen = t2.gi_code  # ?rc via_gen
rest = list(t1)  # ?rc tcode
del t1, t2  # ?rc tcode
