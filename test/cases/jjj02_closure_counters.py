# Theme: closures with nonlocal counters and late binding in loops: cells
# are shared by all inner functions created in one call, and loop lambdas
# all see the last value unless it is frozen in a default argument.


class Token:
    pass


def make_counter(start):
    count = start  # ?rc start

    def bump(step):
        nonlocal count
        count = count + step
        seen = count  # ?rc seen
        return seen

    def peek():
        return count

    return bump, peek


base = 10 ** 6  # ?rc base
bump, peek = make_counter(base)  # ?rc base bump peek
first = bump(1)  # ?rc base first
second = bump(1)  # ?rc first second
now = peek()  # ?rc second now
toks = [Token(), Token(), Token()]  # ?rc toks
late = [lambda: t for t in toks]  # ?rc toks late
t0 = toks[0]  # ?rc t0
t2 = toks[2]  # ?rc t2 -- the one cell of the comprehension holds it
early = [lambda t=t: t for t in toks]  # ?rc t0 t2
got = [f() for f in late]  # ?rc t2 got
del late  # ?rc t2
del early  # ?rc t0 t2
for fn in (bump, peek):
    res = fn() if fn is peek else fn(2)  # ?rc res
del bump  # ?rc peek


def outer_level(seed):
    acc = [seed]

    def middle():
        def innermost():
            nonlocal acc
            acc = acc + [seed]  # ?rc seed acc
            return acc
        return innermost
    return middle()


deep = outer_level(t0)  # ?rc t0 deep
r1 = deep()  # ?rc t0 r1
r2 = deep()  # ?rc t0 r1 r2
